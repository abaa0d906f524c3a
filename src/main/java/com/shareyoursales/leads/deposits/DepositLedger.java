package com.shareyoursales.leads.deposits;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.deposits.internal.DepositRows;
import com.shareyoursales.leads.shared.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of a deposit's money: one SQL function call that locks the deposit row, moves balance and reserved,
 * recomputes the alert level and appends the ledger row, inside the caller's transaction (so a lead and its
 * reservation, or a payment and its credit, commit together or not at all). Level changes and credits are
 * published as events for notifications and auto-recharge.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class DepositLedger {

	private final DepositRows deposits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DepositLedger(DepositRows deposits, ApplicationEventPublisher events, Clock clock) {
		this.deposits = deposits;
		this.events = events;
		this.clock = clock;
	}

	/** Opens a merchant's general deposit (campaignId null) or one dedicated to a campaign; one of each at most. */
	public UUID open(UUID merchantId, UUID campaignId) {
		if (deposits.existing(merchantId, campaignId).isPresent()) {
			throw depositExists();
		}
		try {
			return deposits.insert(merchantId, campaignId);
		}
		catch (DuplicateKeyException ex) {
			throw depositExists();
		}
	}

	/**
	 * For each (merchant, campaign) pair, in order, the deposit the campaign's leads draw on (its dedicated one, else
	 * the merchant's general one), or null; not locked: the reservation locks it, as the last statement before the
	 * commit, so that a deposit every lead draws on is held for one statement and the commit's flush (its throughput
	 * is one over that hold). Nothing a lead's insert touches is locked by a decision before the deposit: the
	 * analytics triggers only append to a queue (V44).
	 */
	public List<UUID> fundingDeposits(List<UUID> merchantIds, List<UUID> campaignIds) {
		return deposits.fundingDeposits(merchantIds, campaignIds);
	}

	/** A new lead's commission to hold on a deposit. */
	public record Reservation(UUID depositId, UUID leadId, BigDecimal commission, UUID by) {
	}

	/**
	 * Holds new leads' commissions, each refused on its own (nothing moves for it) when its deposit is DEPLETED or
	 * its available amount too small; one statement for the batch, in the order given, so callers order a batch by
	 * deposit (two batches then lock their deposits in the same order). Outcomes come back in that order.
	 */
	public List<Movement> reserve(List<Reservation> reservations) {
		List<Movement> movements = deposits.reserveAll(
				reservations.stream().map(Reservation::depositId).toList(),
				reservations.stream().map(Reservation::leadId).toList(),
				reservations.stream().map(Reservation::commission).toList(),
				reservations.stream().map(Reservation::by).toList());
		for (int i = 0; i < movements.size(); i++) {
			published(reservations.get(i).depositId(), movements.get(i));
		}
		return movements;
	}

	/** A decided lead's commission: captured (it leaves the deposit) or released (available again). */
	public record Settlement(UUID depositId, UUID leadId, BigDecimal commission, UUID by, boolean capture) {
	}

	/**
	 * Settles decided leads' commissions (the source's deduct_from_deposit for a validated lead, a release for a
	 * rejected or expired one) in one statement, in the order given, so callers order them by deposit. Outcomes come
	 * back in that order.
	 */
	public List<Movement> settle(List<Settlement> settlements) {
		List<Movement> movements = deposits.settleAll(
				settlements.stream().map(Settlement::capture).toList(),
				settlements.stream().map(Settlement::depositId).toList(),
				settlements.stream().map(Settlement::leadId).toList(),
				settlements.stream().map(Settlement::commission).toList(),
				settlements.stream().map(Settlement::by).toList());
		for (int i = 0; i < movements.size(); i++) {
			published(settlements.get(i).depositId(), movements.get(i));
		}
		return movements;
	}

	/** Funds the deposit for a succeeded payment, once: a repeat returns ALREADY_CREDITED and moves nothing. */
	public Movement credit(UUID depositId, UUID paymentId, BigDecimal amount, UUID by) {
		DepositBalance before = deposits.find(depositId).orElseThrow(() -> DomainException.notFound("Deposit"));
		Movement movement = published(depositId, deposits.move("recharge_deposit", depositId, paymentId, amount, by));
		if (movement.moved()) {
			events.publishEvent(new DepositCredited(depositId, before.merchantId(), paymentId, amount,
					movement.balance(), movement.available(), movement.previousLevel(), movement.level(),
					clock.instant()));
		}
		return movement;
	}

	/** An admin's correction with a reason; a negative amount may not take the balance below what is reserved. */
	public Movement adjust(UUID depositId, BigDecimal signedAmount, String reason, UUID adminId) {
		Movement movement = published(depositId,
				deposits.move("adjust_deposit", depositId, signedAmount, reason, adminId));
		if (movement.outcome() == Movement.Outcome.INSUFFICIENT) {
			throw new DomainException(DomainException.Kind.CONFLICT, "INSUFFICIENT_DEPOSIT",
					"The adjustment would take the balance below the reserved amount");
		}
		return movement;
	}

	private Movement published(UUID depositId, Movement movement) {
		if (movement.outcome() == Movement.Outcome.NOT_FOUND) {
			throw DomainException.notFound("Deposit");
		}
		if (movement.levelChanged()) {
			UUID merchantId = deposits.find(depositId).orElseThrow().merchantId();
			events.publishEvent(new DepositLevelChanged(depositId, merchantId, movement.previousLevel(),
					movement.level(), movement.available(), movement.referenceAmount(), clock.instant()));
		}
		return movement;
	}

	private static DomainException depositExists() {
		return new DomainException(DomainException.Kind.CONFLICT, "DEPOSIT_EXISTS",
				"This deposit already exists; recharge it instead");
	}

}
