package com.shareyoursales.leads.notifications.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.shareyoursales.leads.deposits.DepositAccounts;
import com.shareyoursales.leads.leads.LeadStatus;

import org.springframework.stereotype.Component;

/** Pushes what changed to the open pages of those concerned: a deposit's balance, a lead's status. */
@Component
public class LiveUpdates {

	private static final String DEPOSIT = "deposit";

	private final DepositAccounts deposits;

	private final LiveEvents live;

	LiveUpdates(DepositAccounts deposits, LiveEvents live) {
		this.deposits = deposits;
		this.live = live;
	}

	/**
	 * The deposit's balance, to its merchant's open pages: read by the instance that holds such a page when it delivers
	 * the push ({@link #read}), so a movement nobody watches costs no read, and many movements push it once.
	 */
	public void deposit(UUID depositId, UUID merchantId) {
		live.publishReference(merchantId, DEPOSIT, depositId);
	}

	/**
	 * The data of a push that travelled as a reference, for the user it names: empty when the event has none, the row
	 * has gone, or the row is not that user's.
	 */
	Optional<Object> read(String event, UUID reference, UUID userId) {
		if (!DEPOSIT.equals(event)) {
			return Optional.empty();
		}
		return deposits.find(reference).filter(balance -> balance.merchantId().equals(userId)).map(Object.class::cast);
	}

	public void lead(UUID leadId, LeadStatus status, UUID... users) {
		for (UUID user : users) {
			live.publish(user, "lead", Map.of("id", leadId, "status", status));
		}
	}

}
