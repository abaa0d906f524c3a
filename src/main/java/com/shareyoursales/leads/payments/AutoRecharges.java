package com.shareyoursales.leads.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

import com.shareyoursales.leads.deposits.DepositAccounts;
import com.shareyoursales.leads.deposits.DepositBalance;
import com.shareyoursales.leads.deposits.DepositLevelChanged;
import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.payments.internal.AutoRechargeRules;
import com.shareyoursales.leads.payments.internal.ExternalKeys;
import com.shareyoursales.leads.payments.internal.OffSessionCharges;
import com.shareyoursales.leads.payments.internal.PaymentRows;
import com.shareyoursales.leads.payments.internal.PaymentRows.NewPayment;
import com.shareyoursales.leads.payments.internal.PaymentsProperties;
import com.shareyoursales.leads.payments.internal.StripeCustomers;
import com.shareyoursales.leads.payments.internal.StripeCustomers.StripeCustomer;
import com.shareyoursales.leads.payments.internal.SystemTransactions;
import com.shareyoursales.leads.shared.AlertLevel;
import com.shareyoursales.leads.shared.DomainException;
import com.shareyoursales.leads.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Auto-recharge of a deposit on the merchant's saved card, with the guards other billing systems learned the hard
 * way: at most one in flight per deposit, at most three in 24 hours, a declined card stops the rule (no retry loop)
 * and tells the merchant, and an amount above the configured maximum fails loudly instead of being charged.
 */
@Service
public class AutoRecharges {

	/** What one attempt did. */
	public enum Attempt {

		CHARGED, PENDING, DECLINED, UNKNOWN, NOT_ARMED, IN_FLIGHT, LIMIT_REACHED, NOTHING_TO_DO, NO_SAVED_CARD,
		ABOVE_MAXIMUM

	}

	static final int MAX_PER_DAY = 3;

	private static final Logger log = LoggerFactory.getLogger(AutoRecharges.class);

	private final AutoRechargeRules rules;

	private final DepositAccounts deposits;

	private final StripeCustomers customers;

	private final PaymentRows payments;

	private final OffSessionCharges charges;

	private final PaymentsProperties properties;

	private final SystemTransactions system;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AutoRecharges(AutoRechargeRules rules, DepositAccounts deposits, StripeCustomers customers, PaymentRows payments,
			OffSessionCharges charges, PaymentsProperties properties, SystemTransactions system,
			ApplicationEventPublisher events, Clock clock) {
		this.rules = rules;
		this.deposits = deposits;
		this.customers = customers;
		this.payments = payments;
		this.charges = charges;
		this.properties = properties;
		this.system = system;
		this.events = events;
		this.clock = clock;
	}

	/** The merchant sets (and re-arms) the rule of one of its deposits; enabling it needs a saved card. */
	@Transactional
	public AutoRechargeRule configure(CurrentUser user, UUID depositId, boolean enabled, AlertLevel trigger,
			AutoRechargeRule.Mode mode, BigDecimal amount) {
		user.require(Role.MERCHANT);
		DepositBalance deposit = owned(user, depositId);
		if (trigger != AlertLevel.WARNING && trigger != AlertLevel.CRITICAL) {
			throw DomainException.invalidField("triggerLevel", "INVALID_VALUE", "The trigger is WARNING or CRITICAL");
		}
		if (amount.compareTo(properties.rechargeMax()) > 0 || !Money.hasAtMostTwoDecimals(amount)) {
			throw DomainException.invalidField("amount", "OUT_OF_RANGE",
					"At most " + properties.rechargeMax().toPlainString() + " MAD with two decimals");
		}
		if (enabled && customers.find(user.id()).map(StripeCustomer::paymentMethodId).isEmpty()) {
			throw new DomainException(DomainException.Kind.CONFLICT, "SAVED_CARD_REQUIRED",
					"Save a card with a Stripe recharge (saveCard) before enabling auto-recharge");
		}
		rules.save(deposit.depositId(), user.id(), enabled, trigger, mode, Money.normalize(amount));
		return rules.find(depositId).orElseThrow();
	}

	@Transactional(readOnly = true)
	public AutoRechargeRule get(CurrentUser user, UUID depositId) {
		user.require(Role.MERCHANT, Role.ADMIN);
		owned(user, depositId);
		return rules.find(depositId).orElseThrow(() -> DomainException.notFound("Auto-recharge rule"));
	}

	/**
	 * A deposit's level got worse: recharge when it reached the rule's trigger and is still there (a redelivered
	 * event after a recharge finds the deposit healthy again and does nothing).
	 */
	public void onLevelChanged(DepositLevelChanged change) {
		if (!change.worsened()) {
			return;
		}
		AutoRechargeRule rule = system.run(() -> rules.find(change.depositId()).orElse(null));
		AlertLevel now = system.run(() -> deposits.find(change.depositId()).map(DepositBalance::alertLevel).orElse(null));
		if (rule != null && rule.armed() && now != null && !rule.triggerLevel().isWorseThan(now)) {
			log.info("Deposit {} reached {}: auto-recharge {}", change.depositId(), change.current(),
					attempt(change.depositId()));
		}
	}

	/**
	 * For the hourly deposit check: tries an auto-recharge of every deposit whose level has reached its armed rule's
	 * trigger (the guards still apply, so running it twice or beside the level listener charges nothing twice).
	 */
	public java.util.Map<UUID, Attempt> rechargeDepositsAtTrigger() {
		java.util.Map<UUID, Attempt> attempts = new java.util.LinkedHashMap<>();
		for (UUID depositId : system.run(rules::atTrigger)) {
			attempts.put(depositId, attempt(depositId));
		}
		return attempts;
	}

	/**
	 * Tries one auto-recharge of the deposit now (the level is the caller's business: the level listener, or the
	 * hourly deposit check). The guards are checked with the rule row locked, and the payment is committed before
	 * Stripe is called, so concurrent attempts start one payment.
	 */
	public Attempt attempt(UUID depositId) {
		Object start = system.run(() -> start(depositId));
		if (start instanceof Attempt refused) {
			return refused;
		}
		Started started = (Started) start;
		return Attempt.valueOf(charges.charge(started.payment(), started.customer()).name());
	}

	private Object start(UUID depositId) {
		AutoRechargeRule rule = rules.lock(depositId).orElse(null);
		if (rule == null || !rule.armed()) {
			return Attempt.NOT_ARMED;
		}
		if (rules.inFlight(depositId) > 0) {
			return Attempt.IN_FLIGHT;
		}
		if (rules.startedInLastDay(depositId) >= MAX_PER_DAY) {
			return Attempt.LIMIT_REACHED;
		}
		DepositBalance deposit = deposits.find(depositId).orElseThrow();
		BigDecimal amount = rule.mode() == AutoRechargeRule.Mode.FIXED ? rule.amount()
				: rule.amount().subtract(deposit.available());
		if (amount.signum() <= 0) {
			return Attempt.NOTHING_TO_DO;
		}
		if (amount.compareTo(properties.rechargeMax()) > 0) {
			log.error("Auto-recharge of deposit {} for {} MAD is above the maximum of {} MAD: stopped", depositId,
					amount, properties.rechargeMax());
			return stop(rule, Attempt.ABOVE_MAXIMUM, "Auto-recharge of " + amount.toPlainString()
					+ " MAD is above the maximum of " + properties.rechargeMax().toPlainString() + " MAD");
		}
		StripeCustomer customer = customers.find(rule.merchantId()).filter(c -> c.paymentMethodId() != null).orElse(null);
		if (customer == null) {
			return stop(rule, Attempt.NO_SAVED_CARD, "No saved card to charge");
		}
		UUID paymentId = payments.insert(new NewPayment(rule.merchantId(), depositId, PaymentMethod.STRIPE,
				Recharges.Purpose.AUTO_RECHARGE.name(), amount, ExternalKeys.next()));
		return new Started(payments.find(paymentId).orElseThrow(), customer);
	}

	private Attempt stop(AutoRechargeRule rule, Attempt reason, String message) {
		rules.stop(rule.depositId(), message, clock.instant());
		events.publishEvent(new AutoRechargeFailed(rule.depositId(), rule.merchantId(), null, reason.name(), message,
				clock.instant()));
		return reason;
	}

	private DepositBalance owned(CurrentUser user, UUID depositId) {
		return deposits.find(depositId)
			.filter(deposit -> user.actsFor(deposit.merchantId()))
			.orElseThrow(() -> DomainException.notFound("Deposit"));
	}

	private record Started(Payment payment, StripeCustomer customer) {
	}

}
