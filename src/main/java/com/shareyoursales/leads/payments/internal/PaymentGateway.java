package com.shareyoursales.leads.payments.internal;

import com.shareyoursales.leads.identity.UserProfile;
import com.shareyoursales.leads.payments.Payment;
import com.shareyoursales.leads.payments.PaymentMethod;
import com.shareyoursales.leads.payments.RechargeStarted.BankTransfer;
import com.shareyoursales.leads.payments.RechargeStarted.CmiForm;

/** One way of paying: starts a PENDING payment with its provider and says what the merchant must do next. */
public interface PaymentGateway {

	PaymentMethod method();

	/** Called inside the transaction that wrote the PENDING payment; an exception undoes the payment. */
	Checkout start(Payment payment, UserProfile merchant, boolean saveCard);

	/**
	 * Where the provider sends the merchant's browser back: the web app's page
	 * {@code /payments/return?paymentId=<id>&outcome=<success|cancel|fail>}.
	 */
	static String returnUrl(String publicUrl, Payment payment, String outcome) {
		return publicUrl + "/payments/return?paymentId=" + payment.id() + "&outcome=" + outcome;
	}

	/** The merchant's next step: exactly one of the three. */
	record Checkout(String checkoutUrl, CmiForm cmiForm, BankTransfer bankTransfer) {
	}

}
