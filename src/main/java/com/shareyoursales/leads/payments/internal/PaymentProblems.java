package com.shareyoursales.leads.payments.internal;

import java.util.Map;

import com.shareyoursales.leads.payments.PaymentMethod;
import com.shareyoursales.leads.shared.DomainException;

/** The refusals a payment start can meet, with their stable codes. */
public final class PaymentProblems {

	private PaymentProblems() {
	}

	public static DomainException methodUnavailable(PaymentMethod method) {
		return new DomainException(DomainException.Kind.UNPROCESSABLE, "PAYMENT_METHOD_UNAVAILABLE",
				"Payments by " + method + " are not available", Map.of("field", "method"));
	}

	public static DomainException providerUnavailable(PaymentMethod method) {
		return new DomainException(DomainException.Kind.UNPROCESSABLE, "PAYMENT_PROVIDER_UNAVAILABLE",
				method + " did not accept the payment; nothing was charged, try again later");
	}

}
