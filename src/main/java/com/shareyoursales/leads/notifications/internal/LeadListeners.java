package com.shareyoursales.leads.notifications.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.shareyoursales.leads.identity.UserDirectory;
import com.shareyoursales.leads.identity.UserProfile;
import com.shareyoursales.leads.leads.LeadDecided;
import com.shareyoursales.leads.leads.LeadExpired;
import com.shareyoursales.leads.leads.LeadRejected;
import com.shareyoursales.leads.leads.LeadStatus;
import com.shareyoursales.leads.leads.LeadSubmitted;
import com.shareyoursales.leads.leads.LeadValidated;
import com.shareyoursales.leads.leads.LeadsDecided;
import com.shareyoursales.leads.leads.LeadsSubmitted;
import com.shareyoursales.leads.notifications.Channel;
import com.shareyoursales.leads.platform.events.InTransactionListener;
import com.shareyoursales.leads.platform.events.InTransactionWork;
import com.shareyoursales.leads.platform.events.PendingWrites;

import org.springframework.stereotype.Component;

/**
 * Lead events: the merchant sees each new lead on its dashboard; the influencer is told of each decision and
 * expiry (dashboard and e-mail, a rejection with its reason in the influencer's language); both pages get the lead's
 * new status and the deposit's new balance live. Written in the lead's own transaction (see
 * {@link InTransactionListener}): a lead and the notifications it causes commit together. A transaction's letters
 * are written by one isolated statement ({@link Outbox#post}), made before its deposit movements
 * ({@link PendingWrites}): a batch of leads (intake, decisions, the expiry sweep) is one event, and a batch that
 * decides some leads and takes others reads its recipients once and writes their letters once.
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

	private final PendingWrites pending;

	LeadListeners(UserDirectory users, Outbox outbox, LiveUpdates live, Templates templates,
			InTransactionWork inTransaction, PendingWrites pending) {
		this.users = users;
		this.inTransaction = inTransaction;
		this.pending = pending;
		this.outbox = outbox;
		this.live = live;
		this.templates = templates;
	}

	@InTransactionListener
	void on(LeadsSubmitted batch) {
		inTransaction.run("Notifying " + batch.leads().size() + " submitted lead(s)", () -> submitted(batch.leads()));
	}

	@InTransactionListener
	void on(LeadsDecided batch) {
		inTransaction.run("Notifying " + batch.leads().size() + " decided lead(s)", () -> decided(batch.leads()));
	}

	private void submitted(List<LeadSubmitted> leads) {
		tell(recipients -> {
			for (LeadSubmitted lead : leads) {
				recipients.tell(lead.merchantId(), new Message("lead-submitted:" + lead.leadId(), "LEAD_SUBMITTED",
						data(lead.leadId(), lead.campaignId(), lead.depositId()),
						lang -> new Object[] { lead.customerName(), lead.city() == null ? "-" : lead.city(),
								LocalFormats.amount(lead.serviceValue(), lang),
								LocalFormats.amount(lead.commission(), lang),
								LocalFormats.dateTime(lead.expiresAt(), lang) }),
						MERCHANT);
			}
		});
		leads.forEach(lead -> changed(lead.leadId(), LeadStatus.PENDING, lead.depositId(), lead.merchantId(),
				lead.influencerId()));
	}

	private void decided(List<LeadDecided> leads) {
		tell(recipients -> {
			for (LeadDecided lead : leads) {
				if (lead instanceof LeadValidated validated) {
					validated(recipients, validated);
				}
				else if (lead instanceof LeadRejected rejected) {
					rejected(recipients, rejected);
				}
				else if (lead instanceof LeadExpired expired) {
					expired(recipients, expired);
				}
			}
		});
		leads.forEach(lead -> changed(lead.leadId(), status(lead), lead.depositId(), lead.merchantId(),
				lead.influencerId()));
	}

	/**
	 * Adds letters to the transaction's: read and written once, before its deposit movements, for all its lead events
	 * (PendingWrites). The write's failure is counted and the transaction goes on without them (InTransactionWork).
	 */
	private void tell(Consumer<Recipients> letters) {
		pending.leave(this, Recipients::new, letters, recipients -> inTransaction
			.run("Writing " + recipients.size() + " letter(s) of lead changes", recipients::post));
	}

	private void validated(Recipients recipients, LeadValidated lead) {
		recipients.tell(lead.influencerId(), new Message("lead-decided:" + lead.leadId(),
				lead.bySilence() ? "LEAD_VALIDATED_BY_SILENCE" : "LEAD_VALIDATED",
				data(lead.leadId(), lead.campaignId(), lead.depositId()),
				lang -> new Object[] { reference(lead.leadId()), LocalFormats.amount(lead.commission(), lang) }),
				INFLUENCER);
	}

	private void rejected(Recipients recipients, LeadRejected lead) {
		recipients.tell(lead.influencerId(), new Message("lead-decided:" + lead.leadId(), "LEAD_REJECTED",
				data(lead.leadId(), lead.campaignId(), lead.depositId()),
				lang -> new Object[] { reference(lead.leadId()), templates.code("rejection", lead.reason(), lang) }),
				INFLUENCER);
	}

	private void expired(Recipients recipients, LeadExpired lead) {
		Map<String, Object> data = data(lead.leadId(), lead.campaignId(), lead.depositId());
		BigDecimal commission = lead.commission();
		recipients.tell(lead.influencerId(), new Message("lead-expired:" + lead.leadId(), "LEAD_EXPIRED", data,
				lang -> new Object[] { reference(lead.leadId()), LocalFormats.amount(commission, lang) }), INFLUENCER);
		recipients.tell(lead.merchantId(), new Message("lead-expired:" + lead.leadId(), "LEAD_EXPIRED_MERCHANT", data,
				lang -> new Object[] { reference(lead.leadId()), LocalFormats.amount(commission, lang) }), MERCHANT);
	}

	private static LeadStatus status(LeadDecided lead) {
		if (lead instanceof LeadValidated) {
			return LeadStatus.VALIDATED;
		}
		return lead instanceof LeadRejected ? LeadStatus.REJECTED : LeadStatus.EXPIRED;
	}

	/** A transaction's letters: its recipients' profiles read in one statement, its letters written in one. */
	private final class Recipients {

		private record Told(UUID userId, Message message, Set<Channel> channels) {
		}

		private final List<Told> told = new ArrayList<>();

		void tell(UUID userId, Message message, Set<Channel> channels) {
			told.add(new Told(userId, message, channels));
		}

		int size() {
			return told.size();
		}

		/** The letters' only write; a failure the database undid is thrown, for InTransactionWork to count. */
		void post() {
			Map<UUID, UserProfile> profiles = users.find(told.stream().map(Told::userId).collect(Collectors.toSet()));
			Letters letters = new Letters();
			for (Told letter : told) {
				UserProfile user = profiles.get(letter.userId());
				if (user != null) {
					outbox.compose(letters, user, letter.message(), letter.channels());
				}
			}
			String failure = outbox.post(letters, true).failure();
			if (failure != null) {
				throw new IllegalStateException("The database undid the notifications: " + failure);
			}
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
