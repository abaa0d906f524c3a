package com.shareyoursales.leads.deposits;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One ledger row, with the deposit's balance and reserved amount right after it. */
public record DepositTransaction(long id, UUID depositId, UUID merchantId, TransactionType type, BigDecimal amount,
		@Nullable UUID leadId, @Nullable UUID paymentId, BigDecimal balanceAfter, BigDecimal reservedAfter,
		@Nullable String reason, @Nullable UUID createdBy, Instant createdAt) {

}
