package com.shareyoursales.leads.payments;

import com.shareyoursales.leads.payments.internal.StripeReconciliation;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Every hour, payments whose provider never told us the outcome are looked up at the provider. Admin job triggers
 * may call {@link #reconcile()} directly; it is safe to run twice and concurrently with webhooks.
 */
@Service
public class PaymentReconciliation {

	/** How many open payments were looked at, settled, and could not be asked about. */
	public record Counts(int checked, int settled, int errors) {
	}

	private final StripeReconciliation stripe;

	PaymentReconciliation(StripeReconciliation stripe) {
		this.stripe = stripe;
	}

	@Scheduled(cron = "0 20 * * * *", zone = "Africa/Casablanca")
	@SchedulerLock(name = "payments-reconciliation", lockAtMostFor = "PT20M")
	public void scheduled() {
		reconcile();
	}

	/** Asks Stripe about STRIPE payments PENDING or UNKNOWN for over an hour and settles them as Stripe says. */
	public Counts reconcile() {
		return stripe.run();
	}

}
