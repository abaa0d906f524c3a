package com.shareyoursales.leads.leads;

import java.math.BigDecimal;
import java.util.UUID;

import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.leads.DecisionBatch.DecisionRequest;
import com.shareyoursales.leads.leads.IntakeBatch.Submission;
import com.shareyoursales.leads.leads.LeadIntake.LeadDraft;
import com.shareyoursales.leads.shared.PhoneNumbers;
import com.shareyoursales.leads.support.LeadFixtures;
import com.shareyoursales.leads.support.LeadFixtures.World;

/** Requests as the batch receives them, from a fixtures' world: its influencer submits, its merchant decides. */
final class LeadRequests {

	private LeadRequests() {
	}

	static String e164(String phone) {
		return PhoneNumbers.toE164(phone).orElseThrow();
	}

	/** A lead of 500 MAD (a commission of 50.00 on the fixtures' campaign) with a phone nobody used. */
	static Submission submission(World world) {
		return submission(world, e164(LeadFixtures.newPhone()));
	}

	static Submission submission(World world, String phone) {
		return submission(world, world.campaignId(), phone);
	}

	static Submission submission(World world, UUID campaignId, String phone) {
		return new Submission(new CurrentUser(world.influencer().id(), Role.INFLUENCER), new LeadDraft(campaignId,
				"Fatima Zahra", phone, null, "Rabat", new BigDecimal("500"), LeadSource.INSTAGRAM, null), phone);
	}

	static DecisionRequest validation(World world, UUID lead) {
		return new DecisionRequest(new CurrentUser(world.merchant().id(), Role.MERCHANT), lead, true, null, null);
	}

	static DecisionRequest rejection(World world, UUID lead) {
		return new DecisionRequest(new CurrentUser(world.merchant().id(), Role.MERCHANT), lead, false,
				RejectionReason.FAKE, "Not a real customer");
	}

}
