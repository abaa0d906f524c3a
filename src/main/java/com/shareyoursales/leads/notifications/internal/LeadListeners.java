package com.shareyoursales.leads.notifications.internal;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.shareyoursales.leads.identity.UserDirectory;
import com.shareyoursales.leads.identity.UserProfile;
import com.shareyoursales.leads.leads.LeadExpired;
import com.shareyoursales.leads.leads.LeadRejected;
import com.shareyoursales.leads.leads.LeadStatus;
import com.shareyoursales.leads.leads.LeadSubmitted;
import com.shareyoursales.leads.leads.LeadValidated;
import com.shareyoursales.leads.leads.LeadsSubmitted;
import com.shareyoursales.leads.notifications.Channel;
import com.shareyoursales.leads.platform.events.InTransactionListener;
import com.shareyoursales.leads.platform.events.InTransactionWork;

import org.springframework.stereotype.Component;

/**
 * Lead events: the merchant sees each new lead on its dashboard; the influencer is told of each decision and
 * expiry (dashboard and e-mail, a rejection with its reason in the influencer's language); both pages get the lead's
 * new status and the deposit's new balance live. Written in the lead's own transaction (see
 * {@link InTransactionListener}): a lead and the notifications it causes commit together. Each event's letters are
 * written by one isolated statement, its last write ({@link Outbox#post}).
 */
@Component
class LeadListeners {

	private static final Set<Channel> INFLUENCER = EnumSet.of(Channel.DASHBOARD, Channel.EMAIL);

	private static final Set<Channel> MERCHANT = EnumSet.of(Channel.DASHBOARD);

	private final UserDirectory users;

	private final Outbox outbox;

	private final LiveUpdates live;

	private final Templates templates;

	private final InTransactionWork inTransaction;

	LeadListeners(UserDirectory users, Outbox outbox, LiveUpdates live, Templates templates,
			InTransactionWork inTransaction) {
		this.users = users;
		this.inTransaction = inTransaction;
		this.outbox = outbox;
		this.live = live;
		this.templates = templates;
	}

	@InTransactionListener
	void on(LeadsSubmitted batch) {
		inTransaction.run("Notifying " + batch.leads().size() + " submitted lead(s)", () -> submitted(batch.leads()));
	}

	@InTransactionListener
	void on(LeadValidated lead) {
		inTransaction.run("Notifying lead " + lead.leadId(), () -> validated(lead));
	}

	@InTransactionListener
	void on(LeadRejected lead) {
		inTransaction.run("Notifying lead " + lead.leadId(), () -> rejected(lead));
	}

	@InTransactionListener
	void on(LeadExpired lead) {
		inTransaction.run("Notifying lead " + lead.leadId(), () -> expired(lead));
	}

	/** A batch's letters in one statement; each merchant's profile read once. */
	private void submitted(List<LeadSubmitted> leads) {
		Letters letters = new Letters();
		Map<UUID, Optional<UserProfile>> merchants = new HashMap<>();
		for (LeadSubmitted lead : leads) {
			merchants.computeIfAbsent(lead.merchantId(), users::find)
				.ifPresent(merchant -> outbox.compose(letters, merchant, new Message("lead-submitted:" + lead.leadId(),
						"LEAD_SUBMITTED", data(lead.leadId(), lead.campaignId(), lead.depositId()),
						lang -> new Object[] { lead.customerName(), lead.city() == null ? "-" : lead.city(),
								LocalFormats.amount(lead.serviceValue(), lang),
								LocalFormats.amount(lead.commission(), lang),
								LocalFormats.dateTime(lead.expiresAt(), lang) }),
						MERCHANT));
		}
		post(letters);
		leads.forEach(lead -> changed(lead.leadId(), LeadStatus.PENDING, lead.depositId(), lead.merchantId(),
				lead.influencerId()));
	}

	private void validated(LeadValidated lead) {
		Letters letters = new Letters();
		tell(letters, lead.influencerId(), new Message("lead-decided:" + lead.leadId(),
				lead.bySilence() ? "LEAD_VALIDATED_BY_SILENCE" : "LEAD_VALIDATED",
				data(lead.leadId(), lead.campaignId(), lead.depositId()),
				lang -> new Object[] { reference(lead.leadId()), LocalFormats.amount(lead.commission(), lang) }),
				INFLUENCER);
		post(letters);
		changed(lead.leadId(), LeadStatus.VALIDATED, lead.depositId(), lead.merchantId(), lead.influencerId());
	}

	private void rejected(LeadRejected lead) {
		Letters letters = new Letters();
		tell(letters, lead.influencerId(), new Message("lead-decided:" + lead.leadId(), "LEAD_REJECTED",
				data(lead.leadId(), lead.campaignId(), lead.depositId()),
				lang -> new Object[] { reference(lead.leadId()), templates.code("rejection", lead.reason(), lang) }),
				INFLUENCER);
		post(letters);
		changed(lead.leadId(), LeadStatus.REJECTED, lead.depositId(), lead.merchantId(), lead.influencerId());
	}

	private void expired(LeadExpired lead) {
		Map<String, Object> data = data(lead.leadId(), lead.campaignId(), lead.depositId());
		BigDecimal commission = lead.commission();
		Letters letters = new Letters();
		tell(letters, lead.influencerId(), new Message("lead-expired:" + lead.leadId(), "LEAD_EXPIRED", data,
				lang -> new Object[] { reference(lead.leadId()), LocalFormats.amount(commission, lang) }), INFLUENCER);
		tell(letters, lead.merchantId(), new Message("lead-expired:" + lead.leadId(), "LEAD_EXPIRED_MERCHANT", data,
				lang -> new Object[] { reference(lead.leadId()), LocalFormats.amount(commission, lang) }), MERCHANT);
		post(letters);
		changed(lead.leadId(), LeadStatus.EXPIRED, lead.depositId(), lead.merchantId(), lead.influencerId());
	}

	private void tell(Letters letters, UUID userId, Message message, Set<Channel> channels) {
		users.find(userId).ifPresent(user -> outbox.compose(letters, user, message, channels));
	}

	/** The event's only write; a failure the database undid is thrown, for InTransactionWork to count. */
	private void post(Letters letters) {
		String failure = outbox.post(letters, true).failure();
		if (failure != null) {
			throw new IllegalStateException("The database undid the notifications: " + failure);
		}
	}

	private void changed(UUID leadId, LeadStatus status, UUID depositId, UUID merchantId, UUID influencerId) {
		live.lead(leadId, status, merchantId, influencerId);
		live.deposit(depositId, merchantId);
	}

	private static Map<String, Object> data(UUID leadId, UUID campaignId, UUID depositId) {
		return Map.of("leadId", leadId, "campaignId", campaignId, "depositId", depositId);
	}

	/** The short reference people read in a message (the first block of the lead's id). */
	static String reference(UUID leadId) {
		return leadId.toString().substring(0, 8).toUpperCase();
	}

}
