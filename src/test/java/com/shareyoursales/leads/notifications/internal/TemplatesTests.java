package com.shareyoursales.leads.notifications.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatesTests {

	private final Templates templates = new Templates();

	@Test
	void rendersArabicRightToLeft() {
		Templates.Rendered rendered = templates.render("DEPOSIT_WARNING", "ar", "150,00 MAD", "1.000,00 MAD",
				LocalFormats.percent(new java.math.BigDecimal("15.0"), "ar"));

		assertThat(rendered.title()).isEqualTo("الرصيد: مستوى منخفض");
		assertThat(rendered.html()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("150,00 MAD");
		// the sign inside the isolate with its number: "(15,0 %)", not "(% 15,0)", on a right-to-left line
		assertThat(rendered.body()).contains("(\u206815,0 %\u2069)");
	}

	@Test
	void isolatesWhatItInsertsInArabicOnly() {
		// "42,00 MAD" in an Arabic sentence would otherwise read "MAD 42,00"
		assertThat(templates.render("LEAD_EXPIRED", "ar", "84A1CBA3", "42,00 MAD").body())
			.contains("\u206884A1CBA3\u2069")
			.contains("\u206842,00 MAD\u2069");
		assertThat(templates.render("LEAD_EXPIRED", "fr", "84A1CBA3", "42,00 MAD").body()).doesNotContain("\u2068")
			.contains(" 42,00 MAD");
	}

	@Test
	void rendersFrenchAndEnglishLeftToRight() {
		assertThat(templates.render("DEPOSIT_WARNING", "fr", "150,00 MAD", "1 000,00 MAD", "15,0 %").html())
			.contains("<html lang=\"fr\" dir=\"ltr\">")
			.contains("Dépôt : niveau bas");
		assertThat(templates.render("DEPOSIT_WARNING", "en", "150.00 MAD", "1,000.00 MAD", "15.0%").text())
			.startsWith("Warning: only 150.00 MAD of 1,000.00 MAD (15.0%) is left");
	}

	@Test
	void everyTemplateExistsInEveryLanguage() {
		for (String language : new String[] { "fr", "en", "ar" }) {
			for (String key : new String[] { "LEAD_SUBMITTED", "LEAD_VALIDATED", "LEAD_VALIDATED_BY_SILENCE",
					"LEAD_REJECTED", "LEAD_EXPIRED", "LEAD_EXPIRED_MERCHANT", "DEPOSIT_ATTENTION", "DEPOSIT_WARNING",
					"DEPOSIT_CRITICAL", "DEPOSIT_DEPLETED", "DEPOSIT_REMINDER_CRITICAL", "DEPOSIT_REMINDER_DEPLETED",
					"DEPOSIT_CREDITED", "DAILY_REPORT", "LEAD_DIGEST", "PAYMENT_FAILED", "AUTO_RECHARGE_FAILED",
					"AGREEMENT_PROPOSED", "AGREEMENT_SIGNED" }) {
				Object[] arguments = { "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k" };
				assertThat(templates.render(key, language, arguments).body()).as(key + " " + language)
					.doesNotContain("{");
			}
		}
	}

	@Test
	void everyRejectionReasonIsTranslatedInEveryLanguage() {
		for (String language : new String[] { "fr", "en", "ar" }) {
			for (com.shareyoursales.leads.leads.RejectionReason reason : com.shareyoursales.leads.leads.RejectionReason
				.values()) {
				assertThat(templates.code("rejection", reason.name(), language)).as(reason + " " + language)
					.isNotEqualTo(reason.name());
			}
		}
		assertThat(templates.code("rejection", "OUT_OF_AREA", "fr")).isEqualTo("hors zone");
		assertThat(templates.render("LEAD_REJECTED", "en", "L-1", templates.code("rejection", "FAKE", "en")).body())
			.isEqualTo("Your lead L-1 was rejected. Reason: fake lead.");
		assertThat(templates.code("rejection", "SOMETHING_NEW", "ar")).isEqualTo("SOMETHING_NEW");
	}

	@Test
	void escapesHtml() {
		assertThat(templates.render("LEAD_SUBMITTED", "en", "<b>Ali</b>", "Rabat", "1", "2", "3").html())
			.contains("&lt;b&gt;Ali&lt;/b&gt;")
			.doesNotContain("<b>Ali</b>");
	}

}
