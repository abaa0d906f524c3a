package com.shareyoursales.leads.deposits;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One ledger row, with the deposit's balance and reserved amount right after it. */
public record DepositTransaction(long id, UUID depositId, UUID merchantId, TransactionType type, BigDecimal amount,
		UUID leadId, UUID paymentId, BigDecimal balanceAfter, BigDecimal reservedAfter, String reason,
		UUID createdBy, Instant createdAt) {

}
