package com.shareyoursales.leads.leads;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import com.shareyoursales.leads.agreements.Agreement;
import com.shareyoursales.leads.agreements.AgreementBook;
import com.shareyoursales.leads.agreements.AgreementParties;
import com.shareyoursales.leads.campaigns.Campaign;
import com.shareyoursales.leads.campaigns.CampaignCatalog;
import com.shareyoursales.leads.campaigns.CampaignSettings;
import com.shareyoursales.leads.deposits.DepositLedger;
import com.shareyoursales.leads.deposits.DepositLedger.LeadMovement;
import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.leads.Batcher.Outcome;
import com.shareyoursales.leads.leads.LeadBatch.LeadRequest;
import com.shareyoursales.leads.leads.LeadIntake.LeadDraft;
import com.shareyoursales.leads.leads.internal.LeadRows;
import com.shareyoursales.leads.leads.internal.LeadRows.DuplicateCheck;
import com.shareyoursales.leads.leads.internal.LeadRows.NewLead;
import com.shareyoursales.leads.shared.BusinessTime;
import com.shareyoursales.leads.shared.CommissionRule;
import com.shareyoursales.leads.shared.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import org.jspecify.annotations.Nullable;

/**
 * Lead intake for several submissions in one transaction, each rule applied to the whole batch in one round trip:
 * the campaigns, the agreements, the duplicate checks, the funding deposits, the leads' rows and their reservations
 * are one statement each however many leads the batch holds. Each submission meets the refusal rules in SPEC order
 * and gets the outcome it would get alone: when that cannot be decided inside the batch — a second submission of a
 * phone to one merchant, or of a capped campaign (the first may still be refused later), or a reservation refused
 * after the leads' insert — the submission is {@linkplain Outcome#DEFERRED deferred} or the batch is
 * {@linkplain Batcher.SplitBatch split}, and {@link Batcher} submits it again alone.
 * <p>
 * The batch runs as SYSTEM ({@link LeadBatch}): submissions of different influencers share it, and row security
 * holds one user per transaction. Every read below is therefore narrowed explicitly to what the influencer may see:
 * any authenticated user reads campaigns, and the agreements read are the influencer's own.
 */
@Component
class IntakeBatch {

	private final LeadRows leads;

	private final CampaignCatalog campaigns;

	private final AgreementBook agreements;

	private final DepositLedger ledger;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IntakeBatch(LeadRows leads, CampaignCatalog campaigns, AgreementBook agreements, DepositLedger ledger,
			ApplicationEventPublisher events, Clock clock) {
		this.leads = leads;
		this.campaigns = campaigns;
		this.agreements = agreements;
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
	}

	/** A submission whose shape and phone were checked where it arrived. */
	record Submission(CurrentUser user, LeadDraft draft, String phone) implements LeadRequest {
	}

	/** One submission's way through the rules. */
	private static final class Candidate {

		final Submission submission;

		@Nullable Campaign campaign;

		@Nullable Agreement agreement;

		@Nullable BigDecimal commission;

		@Nullable UUID depositId;

		@Nullable Lead lead;

		@Nullable DomainException refusal;

		boolean deferred;

		Candidate(Submission submission) {
			this.submission = submission;
		}

		boolean alive() {
			return refusal == null && !deferred;
		}

		Campaign campaign() {
			return Objects.requireNonNull(campaign);
		}

		CampaignSettings settings() {
			return campaign().settings();
		}

		Outcome outcome() {
			return deferred ? Outcome.DEFERRED : new Outcome(lead, refusal);
		}

	}

	/**
	 * Applies intake to the submissions, in LeadBatch's transaction, and returns their outcomes in their order: a
	 * refusal is that submission's outcome (it wrote nothing) and the others go on. The reservations are planned, made
	 * with the batch's other movements: one refused there is thrown, to roll the insert back — alone, as the
	 * submission's refusal; in a batch, as SplitBatch.
	 */
	List<Outcome> submit(List<Submission> submissions, PlannedMovements movements, boolean alone) {
		List<Candidate> batch = submissions.stream().map(Candidate::new).toList();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		findCampaigns(batch);
		findAgreements(batch);
		refuseDuplicates(batch, now);
		refuseOverCaps(batch);
		findFundingDeposits(batch);
		List<Candidate> accepted = batch.stream().filter(Candidate::alive).toList();
		if (!accepted.isEmpty()) {
			insertAndReserve(accepted, now, movements, alone);
		}
		return batch.stream().map(Candidate::outcome).toList();
	}

	private void findCampaigns(List<Candidate> batch) {
		Map<UUID, Campaign> found = campaigns
			.find(batch.stream().map(candidate -> candidate.submission.draft().campaignId()).distinct().toList());
		for (Candidate candidate : batch) {
			LeadDraft draft = candidate.submission.draft();
			Campaign campaign = found.get(draft.campaignId());
			if (campaign == null) {
				candidate.refusal = DomainException.notFound("Campaign");
				continue;
			}
			candidate.campaign = campaign;
			BigDecimal minimum = campaign.settings().minServiceValue();
			if (minimum != null && draft.serviceValue().compareTo(minimum) < 0) {
				candidate.refusal = DomainException.invalidField("serviceValue", "BELOW_MINIMUM",
						"This campaign takes leads from " + minimum + " MAD");
			}
			else if (!campaign.isActive()) {
				candidate.refusal = LeadRefusal.campaignNotActive();
			}
		}
	}

	private void findAgreements(List<Candidate> batch) {
		List<Candidate> alive = batch.stream().filter(Candidate::alive).toList();
		if (alive.isEmpty()) {
			return;
		}
		List<Optional<Agreement>> current = agreements.current(alive.stream()
			.map(candidate -> new AgreementParties(candidate.campaign().merchantId(), candidate.submission.user().id(),
					candidate.campaign().id()))
			.toList());
		for (int i = 0; i < alive.size(); i++) {
			Candidate candidate = alive.get(i);
			candidate.agreement = current.get(i).orElse(null);
			CampaignSettings settings = candidate.settings();
			if (settings.requiresAgreement() && candidate.agreement == null) {
				candidate.refusal = LeadRefusal.agreementRequired();
				continue;
			}
			CommissionRule rule = candidate.agreement != null && candidate.agreement.commissionOverride() != null
					? candidate.agreement.commissionOverride().rule() : settings.commissionRule();
			candidate.commission = rule.commissionFor(candidate.submission.draft().serviceValue());
			if (candidate.commission.signum() <= 0) {
				candidate.refusal = DomainException.invalidField("serviceValue", "COMMISSION_TOO_SMALL",
						"The service value is too small to earn a commission");
			}
		}
	}

	/** Same phone, same merchant, within the window, not rejected; serialised per phone so two racers cannot both pass. */
	private void refuseDuplicates(List<Candidate> batch, Instant now) {
		// a phone's second submission to one merchant waits for the first's outcome: it goes again alone
		deferRepeats(batch, candidate -> candidate.campaign().merchantId() + ":" + candidate.submission.phone());
		List<Candidate> checked = batch.stream()
			.filter(candidate -> candidate.alive() && candidate.settings().duplicateWindowDays() > 0)
			.toList();
		if (checked.isEmpty()) {
			return;
		}
		List<Boolean> duplicates = leads.lockedRecentNonRejected(checked.stream()
			.map(candidate -> new DuplicateCheck(candidate.campaign().merchantId(), candidate.submission.phone(),
					now.minus(Duration.ofDays(candidate.settings().duplicateWindowDays()))))
			.toList());
		for (int i = 0; i < checked.size(); i++) {
			if (duplicates.get(i)) {
				checked.get(i).refusal = LeadRefusal.duplicate(checked.get(i).settings().duplicateWindowDays());
			}
		}
	}

	/** Caps are counted under a per-campaign lock, taken only when the campaign has caps (in the keys' order). */
	private void refuseOverCaps(List<Candidate> batch) {
		Predicate<Candidate> capped = candidate -> candidate.alive()
				&& (candidate.settings().capPerInfluencerPerDay() != null || candidate.settings().capTotal() != null);
		// a capped campaign's second submission waits for the first's outcome: it goes again alone
		deferRepeats(batch.stream().filter(capped).toList(), candidate -> candidate.campaign().id().toString());
		List<Candidate> counted = batch.stream()
			.filter(capped)
			.sorted(Comparator.comparing(candidate -> candidate.campaign().id().toString()))
			.toList();
		for (Candidate candidate : counted) {
			CampaignSettings settings = candidate.settings();
			UUID campaignId = candidate.campaign().id();
			leads.lockKey("lead-caps:" + campaignId);
			if (settings.capPerInfluencerPerDay() != null) {
				Instant startOfDay = BusinessTime.startOfDay(BusinessTime.today(clock));
				if (leads.countForInfluencerSince(campaignId, candidate.submission.user().id(),
						startOfDay) >= settings.capPerInfluencerPerDay()) {
					candidate.refusal = LeadRefusal.capReached("daily per-influencer");
					continue;
				}
			}
			if (settings.capTotal() != null && leads.countForCampaign(campaignId) >= settings.capTotal()) {
				candidate.refusal = LeadRefusal.capReached("total");
			}
		}
	}

	private static void deferRepeats(List<Candidate> batch, Function<Candidate, String> key) {
		Set<String> seen = new HashSet<>();
		for (Candidate candidate : batch) {
			if (candidate.alive() && !seen.add(key.apply(candidate))) {
				candidate.deferred = true;
			}
		}
	}

	private void findFundingDeposits(List<Candidate> batch) {
		List<Candidate> alive = batch.stream().filter(Candidate::alive).toList();
		if (alive.isEmpty()) {
			return;
		}
		List<UUID> deposits = ledger.fundingDeposits(
				alive.stream().map(candidate -> candidate.campaign().merchantId()).toList(),
				alive.stream().map(candidate -> candidate.campaign().id()).toList());
		for (int i = 0; i < alive.size(); i++) {
			alive.get(i).depositId = deposits.get(i);
			if (deposits.get(i) == null) {
				alive.get(i).refusal = LeadRefusal.depositDepleted();
			}
		}
	}

	private void insertAndReserve(List<Candidate> accepted, Instant now, PlannedMovements movements, boolean alone) {
		List<NewLead> rows = new ArrayList<>();
		List<LeadSubmitted> submitted = new ArrayList<>();
		for (Candidate candidate : accepted) {
			Campaign campaign = candidate.campaign();
			LeadDraft draft = candidate.submission.draft();
			UUID influencerId = candidate.submission.user().id();
			UUID leadId = UUID.randomUUID();
			Instant expiresAt = now.plus(Duration.ofHours(campaign.settings().expiryHours()));
			String customerName = draft.customerName().trim();
			String city = blankToNull(draft.city());
			submitted.add(new LeadSubmitted(leadId, campaign.id(), campaign.merchantId(), influencerId,
					candidate.depositId, draft.serviceValue(), candidate.commission, draft.source().name(), city,
					customerName, expiresAt, now));
			rows.add(new NewLead(leadId, campaign.id(), campaign.merchantId(), influencerId, candidate.depositId,
					customerName, candidate.submission.phone(), blankToNull(draft.customerEmail()), city,
					draft.serviceValue(), candidate.commission, draft.source(), blankToNull(draft.notes()), now,
					expiresAt));
		}
		// its listeners write in this transaction (before its movements): a refusal below leaves nothing behind
		events.publishEvent(new LeadsSubmitted(submitted));
		List<Lead> inserted = leads.insert(rows);
		for (int i = 0; i < accepted.size(); i++) {
			accepted.get(i).lead = inserted.get(i);
		}
		for (Candidate candidate : accepted) {
			movements.add(new LeadMovement(LeadMovement.Kind.RESERVE, candidate.depositId, candidate.lead.id(),
					candidate.commission, candidate.submission.user().id()), moved -> {
						DomainException refusal = switch (moved.outcome()) {
							case OK -> null;
							case DEPLETED -> LeadRefusal.depositDepleted();
							default -> LeadRefusal.insufficientDeposit();
						};
						if (refusal != null) {
							// the lead is inserted, and in a batch others with it: only a rollback takes it back
							throw alone ? refusal : new Batcher.SplitBatch();
						}
					});
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
