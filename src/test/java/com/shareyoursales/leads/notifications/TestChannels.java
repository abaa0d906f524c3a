package com.shareyoursales.leads.notifications;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * One GreenMail SMTP server and one WireMock "Twilio" per test JVM, on free ports, wired into the context through
 * the same properties a deployment sets (spring.mail.*, leads.notifications.twilio.*).
 */
public class TestChannels implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String ACCOUNT_SID = "AC00000000000000000000000000000001";

	public static final String AUTH_TOKEN = "twilio-test-token";

	public static final String SMS_FROM = "+15005550006";

	public static final String WHATSAPP_FROM = "+14155238886";

	public static final String REPORT_TO = "ops-report@test.leads.ma";

	private static GreenMail greenMail;

	private static WireMockServer twilio;

	public static synchronized GreenMail greenMail() {
		if (greenMail == null) {
			greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			greenMail.start();
		}
		return greenMail;
	}

	public static synchronized WireMockServer twilio() {
		if (twilio == null) {
			twilio = new WireMockServer(WireMockConfiguration.options().dynamicPort());
			twilio.start();
			stubTwilio();
		}
		return twilio;
	}

	/** Twilio's documented answer to a created message (201 with the message resource). */
	public static void stubTwilio() {
		twilio().resetAll();
		twilio().stubFor(post(urlPathMatching("/2010-04-01/Accounts/.+/Messages.json")).willReturn(aResponse()
			.withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"sid": "SM{{randomValue length=32 type='ALPHANUMERIC'}}", "status": "queued", "error_code": null}""")
			.withTransformers("response-template")));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test-channels", Map.ofEntries(Map.entry("spring.mail.host", "localhost"),
					Map.entry("spring.mail.port", greenMail().getSmtp().getPort()),
					Map.entry("leads.notifications.twilio.base-url", twilio().baseUrl()),
					Map.entry("leads.notifications.twilio.account-sid", ACCOUNT_SID),
					Map.entry("leads.notifications.twilio.auth-token", AUTH_TOKEN),
					Map.entry("leads.notifications.twilio.sms-from", SMS_FROM),
					Map.entry("leads.notifications.twilio.whatsapp-from", WHATSAPP_FROM),
					Map.entry("leads.notifications.admin-report-to", REPORT_TO),
					Map.entry("leads.notifications.dispatch.interval", "PT0.2S"),
					Map.entry("leads.notifications.dispatch.retry-base", "PT1S"))));
	}

}
