package com.shareyoursales.leads.notifications;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.shareyoursales.leads.deposits.DepositAccounts;
import com.shareyoursales.leads.deposits.DepositBalance;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.identity.UserDirectory;
import com.shareyoursales.leads.identity.UserProfile;
import com.shareyoursales.leads.notifications.internal.LocalFormats;
import com.shareyoursales.leads.notifications.internal.Message;
import com.shareyoursales.leads.notifications.internal.Outbox;
import com.shareyoursales.leads.notifications.internal.ReportQueries;
import com.shareyoursales.leads.notifications.internal.ReportQueries.DayFigures;
import com.shareyoursales.leads.notifications.internal.ReportQueries.DigestLead;
import com.shareyoursales.leads.notifications.internal.SettingsRows;
import com.shareyoursales.leads.shared.AlertLevel;
import com.shareyoursales.leads.shared.BusinessTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 09:00 report of the previous business day, e-mailed to every admin (in their language, also on their
 * dashboard) and to LEADS_ADMIN_REPORT_TO; and the lead digest of the merchants who asked for it. One report per
 * day and recipient: a second run sends nothing.
 */
@Service
public class DailyReports {

	private static final int LISTED = 20;

	private final ReportQueries queries;

	private final DepositAccounts deposits;

	private final UserDirectory users;

	private final SettingsRows settings;

	private final Outbox outbox;

	private final NotificationProperties properties;

	DailyReports(ReportQueries queries, DepositAccounts deposits, UserDirectory users, SettingsRows settings,
			Outbox outbox, NotificationProperties properties) {
		this.queries = queries;
		this.deposits = deposits;
		this.users = users;
		this.settings = settings;
		this.outbox = outbox;
		this.properties = properties;
	}

	/** Sends the report of the day; returns how many reports and digests were queued now. */
	@Transactional
	public Map<String, Integer> send(LocalDate day) {
		DayFigures figures = queries.figures(BusinessTime.startOfDay(day), BusinessTime.startOfDay(day.plusDays(1)));
		List<DepositBalance> atRisk = deposits
			.atLevels(List.of(AlertLevel.WARNING, AlertLevel.CRITICAL, AlertLevel.DEPLETED))
			.stream()
			.filter(deposit -> deposit.referenceAmount().signum() > 0)
			.toList();
		Message report = report(day, figures, atRisk);
		int reports = 0;
		for (UserProfile admin : users.withRole(Role.ADMIN)) {
			reports += outbox.tell(admin, report, EnumSet.of(Channel.EMAIL, Channel.DASHBOARD)) ? 1 : 0;
		}
		for (String address : properties.adminReportTo()) {
			reports += outbox.email(address, "fr", report) ? 1 : 0;
		}
		return Map.of("reports", reports, "digests", digests(day), "depositsAtRisk", atRisk.size());
	}

	private int digests(LocalDate day) {
		int sent = 0;
		for (UUID merchantId : settings.withLeadEmailDigest()) {
			List<DigestLead> leads = queries.leadsOf(merchantId, BusinessTime.startOfDay(day),
					BusinessTime.startOfDay(day.plusDays(1)));
			UserProfile merchant = users.find(merchantId).orElse(null);
			if (leads.isEmpty() || merchant == null) {
				continue;
			}
			Message digest = new Message("lead-digest:" + day, "LEAD_DIGEST", Map.of("day", day.toString()),
					lang -> new Object[] { LocalFormats.date(day, lang), String.valueOf(leads.size()),
							leads.stream()
								.map(lead -> "\n- " + lead.customerName() + (lead.city() == null ? "" : " (" + lead.city() + ")")
										+ " — " + LocalFormats.amount(lead.serviceValue(), lang) + " — "
										+ LocalFormats.amount(lead.commission(), lang))
								.collect(Collectors.joining()) });
			sent += outbox.tell(merchant, digest, EnumSet.of(Channel.EMAIL)) ? 1 : 0;
		}
		return sent;
	}

	private Message report(LocalDate day, DayFigures figures, List<DepositBalance> atRisk) {
		return new Message("daily-report:" + day, "DAILY_REPORT", Map.of("day", day.toString()),
				lang -> new Object[] { LocalFormats.date(day, lang), String.valueOf(figures.received()),
						String.valueOf(figures.validated()), String.valueOf(figures.rejected()),
						String.valueOf(figures.expired()), String.valueOf(figures.pending()),
						LocalFormats.amount(figures.commissionsCaptured(), lang), String.valueOf(figures.recharges()),
						LocalFormats.amount(figures.rechargedAmount(), lang), String.valueOf(atRisk.size()),
						atRisk.stream()
							.limit(LISTED)
							.map(deposit -> "\n- " + merchantName(deposit.merchantId())
									+ (deposit.campaignName() == null ? "" : " / " + deposit.campaignName()) + ": "
									+ deposit.alertLevel() + ", " + LocalFormats.amount(deposit.available(), lang)
									+ " (" + LocalFormats.percent(deposit.percentage(), lang) + ")")
							.collect(Collectors.joining()) });
	}

	private String merchantName(UUID merchantId) {
		return users.find(merchantId).map(UserProfile::businessName).orElse(merchantId.toString());
	}

}
