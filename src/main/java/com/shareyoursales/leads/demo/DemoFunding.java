package com.shareyoursales.leads.demo;

import java.math.BigDecimal;
import java.util.UUID;

import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.payments.BankTransfers;
import com.shareyoursales.leads.payments.PaymentMethod;
import com.shareyoursales.leads.payments.RechargeStarted;
import com.shareyoursales.leads.payments.Recharges;

import org.springframework.stereotype.Component;

/** Funds a demo merchant's general deposit the way a merchant and an admin would: a bank transfer, confirmed. */
@Component
class DemoFunding {

	private final Recharges recharges;

	private final BankTransfers bankTransfers;

	DemoFunding(Recharges recharges, BankTransfers bankTransfers) {
		this.recharges = recharges;
		this.bankTransfers = bankTransfers;
	}

	void fund(UUID merchantId, UUID adminId, BigDecimal amount) {
		RechargeStarted started = recharges.open(new CurrentUser(merchantId, Role.MERCHANT), null, amount,
				PaymentMethod.BANK_TRANSFER);
		bankTransfers.confirm(new CurrentUser(adminId, Role.ADMIN), started.payment().id());
	}

}
