package com.shareyoursales.leads.notifications.internal;

import java.util.EnumSet;
import java.util.Map;

import com.shareyoursales.leads.identity.UserDirectory;
import com.shareyoursales.leads.notifications.Channel;
import com.shareyoursales.leads.payments.AutoRechargeFailed;
import com.shareyoursales.leads.payments.PaymentFailed;
import com.shareyoursales.leads.platform.events.ReplayableListener;

import org.springframework.stereotype.Component;

/**
 * Payment events. A succeeded payment is confirmed through its DepositCredited event (see {@link DepositListeners});
 * a failed one is told to the merchant here, with the reason, so that it can try again; so is an auto-recharge that
 * stopped, so that the merchant recharges by hand or saves another card.
 */
@Component
class PaymentListeners {

	private final UserDirectory users;

	private final Outbox outbox;

	private final Templates templates;

	PaymentListeners(UserDirectory users, Outbox outbox, Templates templates) {
		this.users = users;
		this.outbox = outbox;
		this.templates = templates;
	}

	@ReplayableListener
	void on(PaymentFailed payment) {
		users.find(payment.merchantId())
			.ifPresent(merchant -> outbox.tell(merchant, new Message("payment-failed:" + payment.paymentId(),
					"PAYMENT_FAILED", Map.of("paymentId", payment.paymentId(), "depositId", payment.depositId()),
					lang -> new Object[] { LocalFormats.amount(payment.amount(), lang), payment.method().name(),
							payment.reason() == null ? "-" : payment.reason() }),
					EnumSet.of(Channel.DASHBOARD, Channel.EMAIL)));
	}

	@ReplayableListener
	void on(AutoRechargeFailed failure) {
		// one stop per rule and instant: a replay of the same event adds nothing, a later stop is told again
		String cause = "auto-recharge-failed:" + failure.depositId() + ":" + failure.at().toEpochMilli();
		users.find(failure.merchantId())
			.ifPresent(merchant -> outbox.tell(merchant, new Message(cause, "AUTO_RECHARGE_FAILED",
					data(failure),
					lang -> new Object[] { templates.code("autoRecharge.reason", failure.reason(), lang) }),
					EnumSet.of(Channel.DASHBOARD, Channel.EMAIL)));
	}

	private static Map<String, Object> data(AutoRechargeFailed failure) {
		Map<String, Object> data = new java.util.LinkedHashMap<>();
		data.put("depositId", failure.depositId());
		data.put("reason", failure.reason());
		if (failure.paymentId() != null) {
			data.put("paymentId", failure.paymentId());
		}
		return data;
	}

}
