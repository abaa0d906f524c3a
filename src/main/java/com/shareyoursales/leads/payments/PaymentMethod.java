package com.shareyoursales.leads.payments;

/** How a merchant pays: a bank transfer an admin confirms, a card on Stripe Checkout, or CMI's hosted page. */
public enum PaymentMethod {

	BANK_TRANSFER, STRIPE, CMI

}
