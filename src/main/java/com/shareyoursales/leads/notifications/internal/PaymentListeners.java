package com.shareyoursales.leads.notifications.internal;

import java.util.EnumSet;
import java.util.Map;

import com.shareyoursales.leads.identity.UserDirectory;
import com.shareyoursales.leads.notifications.Channel;
import com.shareyoursales.leads.payments.PaymentFailed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Payment events. A succeeded payment is confirmed through its DepositCredited event (see {@link DepositListeners});
 * a failed one is told to the merchant here, with the reason, so that it can try again.
 */
@Component
class PaymentListeners {

	private final UserDirectory users;

	private final Outbox outbox;

	PaymentListeners(UserDirectory users, Outbox outbox) {
		this.users = users;
		this.outbox = outbox;
	}

	@ApplicationModuleListener
	void on(PaymentFailed payment) {
		users.find(payment.merchantId())
			.ifPresent(merchant -> outbox.tell(merchant, new Message("payment-failed:" + payment.paymentId(),
					"PAYMENT_FAILED", Map.of("paymentId", payment.paymentId(), "depositId", payment.depositId()),
					lang -> new Object[] { LocalFormats.amount(payment.amount(), lang), payment.method().name(),
							payment.reason() == null ? "-" : payment.reason() }),
					EnumSet.of(Channel.DASHBOARD, Channel.EMAIL)));
	}

}
