package com.shareyoursales.leads.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.shareyoursales.leads.analytics.LeadStats.StatusTotals;
import com.shareyoursales.leads.analytics.internal.LedgerQueries;
import com.shareyoursales.leads.analytics.internal.RollupKey;
import com.shareyoursales.leads.analytics.internal.RollupQueries;
import com.shareyoursales.leads.analytics.internal.RollupQueue;
import com.shareyoursales.leads.analytics.internal.StatsScopes;
import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.shared.BusinessTime;
import com.shareyoursales.leads.shared.DomainException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stats endpoints' answers, read from the rollups (a bounded number of rows per request whatever the number
 * of leads), under the ownership rules of {@link StatsScopes}.
 */
@Service
@Transactional // not read-only: each read first applies the queued lead changes (RollupQueue.catchUp)
public class LeadAnalytics {

	public static final int MAX_TIMELINE_DAYS = 366;

	private final StatsScopes scopes;

	private final RollupQueries rollups;

	private final LedgerQueries ledger;

	private final RollupQueue queue;

	private final Clock clock;

	LeadAnalytics(StatsScopes scopes, RollupQueries rollups, LedgerQueries ledger, RollupQueue queue, Clock clock) {
		this.scopes = scopes;
		this.rollups = rollups;
		this.ledger = ledger;
		this.queue = queue;
		this.clock = clock;
	}

	/** The caller's own numbers: the platform's (with its figures) for an admin, else the merchant's or influencer's. */
	public StatsReport overview(CurrentUser user, LocalDate from, LocalDate to) {
		RollupKey key = scopes.own(user);
		readFrom(from, to);
		PlatformFigures platform = null;
		if (user.isAdmin()) {
			platform = ledger.platform(rollups.active(2, from, to), rollups.active(3, from, to),
					from == null ? null : BusinessTime.startOfDay(from),
					to == null ? null : BusinessTime.startOfDay(to.plusDays(1)));
		}
		return report(key, from, to, platform);
	}

	public StatsReport campaign(CurrentUser user, UUID campaignId, LocalDate from, LocalDate to) {
		RollupKey key = scopes.campaign(user, campaignId);
		readFrom(from, to);
		return report(key, from, to, null);
	}

	public StatsReport influencer(CurrentUser user, UUID influencerId, LocalDate from, LocalDate to) {
		RollupKey key = scopes.influencer(user, influencerId);
		readFrom(from, to);
		return report(key, from, to, null);
	}

	/** Leads per business day and status, every day of the range present (at most 366; default the last 30). */
	public List<TimelineDay> timeline(CurrentUser user, LocalDate requestedFrom, LocalDate requestedTo,
			UUID campaignId) {
		LocalDate to = requestedTo != null ? requestedTo : BusinessTime.today(clock);
		LocalDate from = requestedFrom != null ? requestedFrom : to.minusDays(29);
		if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) + 1 > MAX_TIMELINE_DAYS) {
			throw DomainException.invalidField("to", "RANGE_TOO_LONG",
					"A timeline covers 1 to " + MAX_TIMELINE_DAYS + " days, from <= to");
		}
		RollupKey key = campaignId == null ? scopes.own(user) : scopes.campaign(user, campaignId);
		queue.catchUp();
		Map<LocalDate, TimelineDay> days = rollups.timeline(key, from, to);
		List<TimelineDay> timeline = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			TimelineDay counted = days.get(day);
			timeline.add(counted != null ? counted : new TimelineDay(day, 0, 0, 0, 0, 0));
		}
		return timeline;
	}

	public List<TopInfluencer> topInfluencers(CurrentUser user, LocalDate from, LocalDate to, long minLeads,
			int limit) {
		readFrom(from, to);
		return rollups.topInfluencers(scopes.rankingMerchant(user), from, to, minLeads, limit);
	}

	/** KPIs per lead source or city; breakdowns carry no decision times (their median and p90 are null). */
	public List<BreakdownEntry> breakdown(CurrentUser user, String dimension, LocalDate from, LocalDate to,
			UUID campaignId) {
		RollupKey key = campaignId == null ? scopes.own(user) : scopes.campaign(user, campaignId);
		if (!key.hasBreakdowns()) {
			throw DomainException.invalidField("campaignId", "NOT_AVAILABLE",
					"Breakdowns of a campaign are for its merchant");
		}
		readFrom(from, to);
		List<BreakdownEntry> entries = new ArrayList<>();
		rollups.breakdown(key, dimension, from, to)
			.forEach((value, byStatus) -> entries.add(new BreakdownEntry(value.isEmpty() ? null : value,
					LeadStats.of(byStatus, new TreeMap<>()))));
		entries.sort((a, b) -> Long.compare(b.stats().totalLeads(), a.stats().totalLeads()));
		return entries;
	}

	private StatsReport report(RollupKey key, LocalDate from, LocalDate to, PlatformFigures platform) {
		Map<String, StatusTotals> totals = rollups.statusTotals(key, from, to);
		LeadStats stats = LeadStats.of(totals, rollups.decisionHistogram(key, from, to));
		return new StatsReport(key.name(), key.shownMerchant(), key.shownInfluencer(), key.shownCampaign(), from, to,
				stats, platform);
	}

	/** Checks the range, then applies the queued lead changes, so that the read sees every committed one. */
	private void readFrom(LocalDate from, LocalDate to) {
		if (from != null && to != null && from.isAfter(to)) {
			throw DomainException.invalidField("from", "INVALID_RANGE", "from must not be after to");
		}
		queue.catchUp();
	}


}
