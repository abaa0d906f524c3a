package com.shareyoursales.leads.payments.internal;

import com.shareyoursales.leads.identity.UserDirectory;
import com.shareyoursales.leads.identity.UserProfile;
import com.shareyoursales.leads.payments.Payment;
import com.shareyoursales.leads.shared.DomainException;

import org.springframework.stereotype.Component;

/** Gathers what a receipt prints (the merchant's details and language, the payment's date) and renders it. */
@Component
public class ReceiptRenderer {

	private final UserDirectory users;

	private final PaymentRows payments;

	private final ReceiptDocument document;

	ReceiptRenderer(UserDirectory users, PaymentRows payments, ReceiptDocument document) {
		this.users = users;
		this.payments = payments;
		this.document = document;
	}

	public byte[] render(Payment payment) {
		UserProfile merchant = users.find(payment.merchantId()).orElseThrow(() -> DomainException.notFound("Merchant"));
		return document.render(payment, merchant, payments.succeededAt(payment.id()).orElse(payment.updatedAt()));
	}

}
