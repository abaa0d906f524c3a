package com.shareyoursales.leads.payments.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import com.shareyoursales.leads.payments.Payment;
import com.shareyoursales.leads.payments.PaymentMethod;
import com.shareyoursales.leads.payments.PaymentStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * CMI's server-to-server callback, verified before it counts: the ver3 hash, then the order id and amount against
 * our payment. The answers are CMI's protocol: {@code ACTION=POSTAUTH} (approved, capture it; also for a repeated
 * callback of an order already credited), {@code APPROVED} (declined, acknowledged), {@code FAILURE} (we refuse it).
 */
@Component
public class CmiCallbacks {

	public static final String POSTAUTH = "ACTION=POSTAUTH";

	public static final String APPROVED = "APPROVED";

	public static final String FAILURE = "FAILURE";

	private static final Logger log = LoggerFactory.getLogger(CmiCallbacks.class);

	private final CmiProperties cmi;

	private final PaymentRows payments;

	private final Settlement settlement;

	CmiCallbacks(CmiProperties cmi, PaymentRows payments, Settlement settlement) {
		this.cmi = cmi;
		this.payments = payments;
		this.settlement = settlement;
	}

	@Transactional
	public String handle(Map<String, String> fields) {
		if (!cmi.enabled() || !CmiHash.matches(CmiHash.ofCallback(fields, cmi.storeKey()), hashOf(fields))) {
			log.warn("Refused a CMI callback with a bad hash for order {}", fields.get("oid"));
			return FAILURE;
		}
		Optional<Payment> payment = Optional.ofNullable(fields.get("oid"))
			.flatMap(payments::idByExternalKey)
			.flatMap(payments::lock)
			.filter(found -> found.method() == PaymentMethod.CMI && sameAmount(found, fields.get("amount")));
		if (payment.isEmpty()) {
			log.warn("Refused a CMI callback for unknown order {} or another amount", fields.get("oid"));
			return FAILURE;
		}
		return "00".equals(fields.get("ProcReturnCode")) ? approved(payment.get(), fields)
				: declined(payment.get(), fields);
	}

	/** A declined attempt may be followed by an approved one for the same order (the customer tried another card). */
	private String approved(Payment payment, Map<String, String> fields) {
		if (payment.status() == PaymentStatus.FAILED) {
			settlement.reopen(payment.id(), "cmi approved a new attempt");
		}
		Settlement.Outcome outcome = settlement.succeed(payment.id(), fields.get("TransId"), null, "cmi callback");
		return outcome.payment().status() == PaymentStatus.SUCCEEDED ? POSTAUTH : FAILURE;
	}

	private String declined(Payment payment, Map<String, String> fields) {
		if (payment.status() != PaymentStatus.SUCCEEDED) {
			String error = Optional.ofNullable(fields.get("ErrMsg")).orElse("Declined")
					+ " (ProcReturnCode " + fields.get("ProcReturnCode") + ")";
			settlement.fail(payment.id(), PaymentStatus.FAILED, error, "cmi callback");
		}
		return APPROVED;
	}

	private static boolean sameAmount(Payment payment, String amount) {
		try {
			return amount != null && new BigDecimal(amount.trim()).compareTo(payment.amount()) == 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static String hashOf(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.filter(entry -> entry.getKey().equalsIgnoreCase("hash"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

}
