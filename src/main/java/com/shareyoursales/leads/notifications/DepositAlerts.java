package com.shareyoursales.leads.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.shareyoursales.leads.deposits.DepositAccounts;
import com.shareyoursales.leads.deposits.DepositBalance;
import com.shareyoursales.leads.deposits.DepositCredited;
import com.shareyoursales.leads.identity.UserDirectory;
import com.shareyoursales.leads.identity.UserProfile;
import com.shareyoursales.leads.notifications.internal.AlertChannels;
import com.shareyoursales.leads.notifications.internal.DepositAlertRows;
import com.shareyoursales.leads.notifications.internal.LocalFormats;
import com.shareyoursales.leads.notifications.internal.Message;
import com.shareyoursales.leads.notifications.internal.Outbox;
import com.shareyoursales.leads.notifications.internal.Templates;
import com.shareyoursales.leads.shared.AlertLevel;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SPEC "Alert levels": a merchant is told once per level per funding cycle when its deposit gets worse, on the
 * level's channels; reminded of CRITICAL and DEPLETED every 24 h until a credit starts a new cycle; and told when a
 * credit lifts the level. The hourly deposit check also catches up levels whose event was missed.
 */
@Service
public class DepositAlerts {

	private static final Duration REMINDER_EVERY = Duration.ofHours(24);

	private static final List<AlertLevel> ALERTED = List.of(AlertLevel.ATTENTION, AlertLevel.WARNING,
			AlertLevel.CRITICAL, AlertLevel.DEPLETED);

	private final DepositAccounts deposits;

	private final DepositAlertRows alerts;

	private final UserDirectory users;

	private final Outbox outbox;

	private final Templates templates;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DepositAlerts(DepositAccounts deposits, DepositAlertRows alerts, UserDirectory users, Outbox outbox,
			Templates templates, TransactionTemplate transactions, Clock clock) {
		this.deposits = deposits;
		this.alerts = alerts;
		this.users = users;
		this.outbox = outbox;
		this.templates = templates;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Alerts the level if the deposit is still at it or worse (an event handled late must not alert a level that a
	 * credit has meanwhile lifted); once per funding cycle. True when the merchant was told now.
	 */
	@Transactional
	public boolean alert(UUID depositId, AlertLevel level) {
		// the cycle before the level, each statement seeing what was committed when it ran: a credit committed in
		// between then leaves the old cycle with the lifted level (no alert), never the new cycle with the old level
		// (an alert of a level the new cycle never reached — seen in a test when a late event met a credit)
		long cycle = alerts.currentCycle(depositId);
		Optional<DepositBalance> deposit = deposits.find(depositId);
		if (deposit.isEmpty() || !ALERTED.contains(level) || level.isWorseThan(deposit.get().alertLevel())) {
			return false;
		}
		if (cycle == 0 || !alerts.record(depositId, deposit.get().merchantId(), cycle, level, clock.instant())) {
			return false;
		}
		return tell(deposit.get(), "deposit-level:" + depositId + ":" + cycle + ":" + level, "DEPOSIT_" + level,
				level);
	}

	/**
	 * Confirms a credit to the merchant; by e-mail too when it lifted the level (and the block), with the payment's
	 * PDF receipt attached.
	 */
	@Transactional
	public boolean credited(DepositCredited credit) {
		UserProfile merchant = users.find(credit.merchantId()).orElseThrow();
		boolean lifted = credit.previousLevel().isWorseThan(credit.level());
		Message message = new Message("deposit-credited:" + credit.paymentId(), "DEPOSIT_CREDITED",
				Map.of("depositId", credit.depositId(), "paymentId", credit.paymentId(), "level", credit.level()),
				lang -> new Object[] { LocalFormats.amount(credit.amount(), lang),
						LocalFormats.amount(credit.available(), lang),
						templates.label("level." + credit.level(), lang) },
				credit.paymentId());
		return outbox.tell(merchant, message,
				lifted ? java.util.EnumSet.of(Channel.EMAIL, Channel.DASHBOARD) : java.util.EnumSet.of(Channel.DASHBOARD));
	}

	/**
	 * The hourly check: every funded deposit at ATTENTION or worse gets its level's alert if it is missing, and a
	 * reminder when it has stayed CRITICAL or DEPLETED for another 24 h. Safe to run twice: what was sent is not sent
	 * again.
	 */
	public Map<String, Integer> check() {
		AtomicInteger alerted = new AtomicInteger();
		AtomicInteger reminded = new AtomicInteger();
		List<DepositBalance> atRisk = transactions.execute(status -> deposits.atLevels(ALERTED));
		for (DepositBalance deposit : atRisk) {
			transactions.executeWithoutResult(status -> {
				if (alert(deposit.depositId(), deposit.alertLevel())) {
					alerted.incrementAndGet();
				}
				if (remind(deposit)) {
					reminded.incrementAndGet();
				}
			});
		}
		return Map.of("deposits", atRisk.size(), "alerts", alerted.get(), "reminders", reminded.get());
	}

	private boolean remind(DepositBalance deposit) {
		AlertLevel level = deposit.alertLevel();
		if (!AlertChannels.reminded(level)) {
			return false;
		}
		long cycle = alerts.currentCycle(deposit.depositId());
		Optional<Instant> alertedAt = alerts.alertedAt(deposit.depositId(), cycle, level);
		if (alertedAt.isEmpty()) {
			return false;
		}
		// the n-th reminder is due n × 24 h after the alert: a fixed key per reminder, so a second run adds none
		long due = Duration.between(alertedAt.get(), clock.instant()).toMinutes() / REMINDER_EVERY.toMinutes();
		if (due < 1) {
			return false;
		}
		return tell(deposit, "deposit-reminder:" + deposit.depositId() + ":" + cycle + ":" + level + ":" + due,
				"DEPOSIT_REMINDER_" + level, level);
	}

	private boolean tell(DepositBalance deposit, String cause, String type, AlertLevel level) {
		UserProfile merchant = users.find(deposit.merchantId()).orElseThrow();
		Message message = new Message(cause, type,
				Map.of("depositId", deposit.depositId(), "level", level, "percentage", deposit.percentage()),
				lang -> new Object[] { LocalFormats.amount(deposit.available(), lang),
						LocalFormats.amount(deposit.referenceAmount(), lang),
						LocalFormats.percent(deposit.percentage(), lang) });
		return outbox.tell(merchant, message, AlertChannels.forLevel(level));
	}

}
