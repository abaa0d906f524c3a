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

	/**
	 * A lead's commission on its deposit: RESERVE holds a new lead's (refused, nothing moving, when the deposit is
	 * DEPLETED or its available amount too small), CAPTURE takes a validated lead's out of the deposit (the source's
	 * deduct_from_deposit), RELEASE makes a rejected or expired lead's available again.
	 */
	public record LeadMovement(Kind kind, UUID depositId, UUID leadId, BigDecimal commission, UUID by) {

		public enum Kind {
			RESERVE, CAPTURE, RELEASE
		}

	}

	/**
	 * Moves leads' commissions, each on its own (a refused reservation moves nothing), in one statement, in the order
	 * given, so callers order a batch by deposit (two batches then lock their deposits in the same order). Outcomes
	 * come back in that order.
	 */
	public List<Movement> move(List<LeadMovement> movements) {
		List<Movement> moved = deposits.moveForLeads(
				movements.stream().map(movement -> movement.kind().name()).toList(),
				movements.stream().map(LeadMovement::depositId).toList(),
				movements.stream().map(LeadMovement::leadId).toList(),
				movements.stream().map(LeadMovement::commission).toList(),
				movements.stream().map(LeadMovement::by).toList());
		for (int i = 0; i < moved.size(); i++) {
			published(movements.get(i).depositId(), moved.get(i));
		}
		return moved;
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
