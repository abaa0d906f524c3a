package com.shareyoursales.leads.analytics.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.analytics.BreakdownEntry;
import com.shareyoursales.leads.analytics.DepletionForecast;
import com.shareyoursales.leads.analytics.DepletionForecasts;
import com.shareyoursales.leads.analytics.LeadAnalytics;
import com.shareyoursales.leads.analytics.StatsReport;
import com.shareyoursales.leads.analytics.TimelineDay;
import com.shareyoursales.leads.analytics.TopInfluencer;
import com.shareyoursales.leads.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/leads/stats")
@Tag(name = "Stats", description = "Lead KPIs, timelines, rankings, breakdowns and depletion forecasts. A range "
		+ "from..to selects the leads created on those business days (Africa/Casablanca, inclusive; absent = all "
		+ "time), counted in their current status. Merchants see their own campaigns and the influencers who "
		+ "worked for them, influencers themselves, admins everything; another's id is 404.")
class StatsController {

	private static final String FROM = "First business day (yyyy-MM-dd), inclusive";

	private static final String TO = "Last business day (yyyy-MM-dd), inclusive";

	private final LeadAnalytics analytics;

	private final DepletionForecasts forecasts;

	StatsController(LeadAnalytics analytics, DepletionForecasts forecasts) {
		this.analytics = analytics;
		this.forecasts = forecasts;
	}

	@GetMapping("/overview")
	@Operation(summary = "The caller's KPIs: the platform's for an admin (with active merchants and influencers, "
			+ "deposit totals, deposits at risk and recharges), else the merchant's or the influencer's")
	StatsReport overview(CurrentUser user,
			@Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@Parameter(description = TO) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
		return analytics.overview(user, from, to);
	}

	@GetMapping("/campaign/{id}")
	@Operation(summary = "A campaign's KPIs (its merchant, admins); an influencer gets its own leads in the campaign")
	StatsReport campaign(CurrentUser user, @PathVariable UUID id,
			@Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@Parameter(description = TO) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
		return analytics.campaign(user, id, from, to);
	}

	@GetMapping("/influencer/{id}")
	@Operation(summary = "An influencer's KPIs: all of them for itself and admins, those with the calling merchant "
			+ "for a merchant it worked for")
	StatsReport influencer(CurrentUser user, @PathVariable UUID id,
			@Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@Parameter(description = TO) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
		return analytics.influencer(user, id, from, to);
	}

	@GetMapping("/timeline")
	@Operation(summary = "Leads per business day by status, every day of the range (at most 366 days, default the "
			+ "last 30), for the caller's scope or one campaign")
	List<TimelineDay> timeline(CurrentUser user,
			@Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@Parameter(description = TO) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID campaignId) {
		return analytics.timeline(user, from, to, campaignId);
	}

	@GetMapping("/top-influencers")
	@Operation(summary = "Influencers by validated leads (then total leads) with their acceptance rate; only those "
			+ "with at least minLeads leads in the range qualify. Merchants: their influencers; admins: all")
	List<TopInfluencer> topInfluencers(CurrentUser user,
			@Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@Parameter(description = TO) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@Parameter(description = "Minimum number of leads in the range to qualify") @RequestParam(defaultValue = "1") @Min(0) @Max(1000000) long minLeads,
			@RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
		return analytics.topInfluencers(user, from, to, minLeads, limit);
	}

	@GetMapping("/forecast/{depositId}")
	@Operation(summary = "Depletion forecast of a deposit at the last 7 days' burn rate (merchant owner, admins)")
	DepletionForecast forecast(CurrentUser user, @PathVariable UUID depositId) {
		return forecasts.forecast(user, depositId);
	}

	@GetMapping("/breakdown")
	@Operation(summary = "KPIs per lead source or per city for the caller's scope or one campaign (not for "
			+ "influencers), most leads first")
	List<BreakdownEntry> breakdown(CurrentUser user,
			@Parameter(description = "source or city") @RequestParam @Pattern(regexp = "(?i)source|city") String by,
			@Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@Parameter(description = TO) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID campaignId) {
		return analytics.breakdown(user, by.toUpperCase(java.util.Locale.ROOT), from, to, campaignId);
	}

}
