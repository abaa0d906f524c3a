package com.shareyoursales.leads.notifications.internal;

import java.util.Map;
import java.util.UUID;

import com.shareyoursales.leads.deposits.DepositAccounts;
import com.shareyoursales.leads.leads.LeadStatus;

import org.springframework.stereotype.Component;

/** Pushes what changed to the open pages of those concerned: a deposit's balance, a lead's status. */
@Component
public class LiveUpdates {

	private final DepositAccounts deposits;

	private final LiveEvents live;

	LiveUpdates(DepositAccounts deposits, LiveEvents live) {
		this.deposits = deposits;
		this.live = live;
	}

	/** The deposit's balance JSON, to its merchant: read when it is sent, so many movements push it once. */
	public void deposit(UUID depositId) {
		live.publishLatest("deposit:" + depositId, () -> deposits.find(depositId)
			.map(balance -> new LiveEvents.Push(balance.merchantId(), "deposit", balance)));
	}

	public void lead(UUID leadId, LeadStatus status, UUID... users) {
		for (UUID user : users) {
			live.publish(user, "lead", Map.of("id", leadId, "status", status));
		}
	}

}
