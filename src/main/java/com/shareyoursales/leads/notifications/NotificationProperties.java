package com.shareyoursales.leads.notifications;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the notification channels ({@code leads.notifications.*}, mapped from LEADS_MAIL_FROM,
 * LEADS_TWILIO_*, LEADS_ADMIN_REPORT_TO in application.yml). SMTP itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param mailFrom sender of every e-mail
 * @param adminReportTo extra recipients of the daily report, besides the admin accounts
 * @param twilio the Messages API used for SMS and WhatsApp
 * @param dispatch how the outbox is sent
 * @param keepAlive interval of the keep-alive comments on the live stream
 */
@ConfigurationProperties("leads.notifications")
public record NotificationProperties(String mailFrom, List<String> adminReportTo, Twilio twilio, Dispatch dispatch,
		Duration keepAlive) {

	public NotificationProperties {
		mailFrom = blankToNull(mailFrom) == null ? "Leads <no-reply@shareyoursales.ma>" : mailFrom;
		adminReportTo = adminReportTo == null ? List.of()
				: adminReportTo.stream().map(String::trim).filter(address -> !address.isEmpty()).toList();
		twilio = twilio == null ? new Twilio(null, null, null, null, null) : twilio;
		dispatch = dispatch == null ? new Dispatch(20, 6, Duration.ofSeconds(30)) : dispatch;
		keepAlive = keepAlive == null ? Duration.ofSeconds(20) : keepAlive;
	}

	/**
	 * @param baseUrl the API's address (https://api.twilio.com, or any service with the same API)
	 * @param smsFrom sender number of SMS (E.164)
	 * @param whatsappFrom sender of WhatsApp messages (E.164, without the whatsapp: prefix)
	 */
	public record Twilio(String baseUrl, String accountSid, String authToken, String smsFrom, String whatsappFrom) {

		public Twilio {
			baseUrl = blankToNull(baseUrl) == null ? "https://api.twilio.com" : baseUrl.replaceAll("/+$", "");
			accountSid = blankToNull(accountSid);
			authToken = blankToNull(authToken);
			smsFrom = blankToNull(smsFrom);
			whatsappFrom = blankToNull(whatsappFrom);
		}

		public boolean hasCredentials() {
			return accountSid != null && authToken != null;
		}
	}

	/**
	 * @param batchSize messages taken per round
	 * @param maxAttempts attempts before a message is FAILED
	 * @param retryBase wait after the first failure; doubled after each further one
	 */
	public record Dispatch(int batchSize, int maxAttempts, Duration retryBase) {

		public Dispatch {
			batchSize = batchSize <= 0 ? 20 : batchSize;
			maxAttempts = maxAttempts <= 0 ? 6 : maxAttempts;
			retryBase = retryBase == null ? Duration.ofSeconds(30) : retryBase;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
