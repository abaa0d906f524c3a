package com.shareyoursales.leads.payments;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.shareyoursales.leads.deposits.DepositBalance;

import org.jspecify.annotations.Nullable;

/**
 * What a merchant needs to finish funding a deposit: the Stripe Checkout page to open, the CMI form to post, or the
 * bank transfer's reference and the platform's bank details. Exactly one of the three is present.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RechargeStarted(DepositBalance deposit, Payment payment, @Nullable String checkoutUrl,
		@Nullable CmiForm cmiForm, @Nullable BankTransfer bankTransfer) {

	/** CMI's hosted payment form: the browser posts {@code fields} to {@code url}. */
	public record CmiForm(String url, Map<String, String> fields) {
	}

	/** The reference to write on the transfer, and where to send it (RIB). */
	public record BankTransfer(String reference, String details) {
	}

}
