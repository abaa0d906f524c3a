package com.shareyoursales.leads.payments.internal;

import com.shareyoursales.leads.identity.UserProfile;
import com.shareyoursales.leads.payments.Payment;
import com.shareyoursales.leads.payments.PaymentMethod;
import com.shareyoursales.leads.payments.RechargeStarted.BankTransfer;

import org.springframework.stereotype.Component;

/**
 * A bank transfer has no provider to call: the merchant transfers the amount with the payment's external key as the
 * reference, and an admin confirms it when it shows on the platform's bank statement.
 */
@Component
class BankTransferGateway implements PaymentGateway {

	private final PaymentsProperties properties;

	BankTransferGateway(PaymentsProperties properties) {
		this.properties = properties;
	}

	@Override
	public PaymentMethod method() {
		return PaymentMethod.BANK_TRANSFER;
	}

	@Override
	public Checkout start(Payment payment, UserProfile merchant, boolean saveCard) {
		return new Checkout(null, null, new BankTransfer(payment.externalKey(), properties.bankTransferDetails()));
	}

}
