package com.shareyoursales.leads.notifications.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.shareyoursales.leads.shared.BusinessTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LocalFormatsTests {

	@Test
	void formatsFrenchAmountsWithAPlainSpaceBetweenThousands() {
		// the JDK's French grouping separator is U+202F; the documented form uses an ordinary space
		assertThat(LocalFormats.amount(new BigDecimal("1234.50"), "fr")).isEqualTo("1 234,50 MAD");
		assertThat(LocalFormats.amount(new BigDecimal("1234567.05"), "fr")).isEqualTo("1 234 567,05 MAD");
		assertThat(LocalFormats.amount(new BigDecimal("1234.50"), "fr")).doesNotContain("\u202f", "\u00a0");
	}

	@Test
	void formatsEnglishAmounts() {
		assertThat(LocalFormats.amount(new BigDecimal("1234.50"), "en")).isEqualTo("1,234.50 MAD");
	}

	@Test
	void formatsArabicAmountsAsInMoroccoWithLatinDigits() {
		assertThat(LocalFormats.amount(new BigDecimal("1234.50"), "ar")).isEqualTo("1.234,50 MAD");
	}

	@Test
	void keepsTwoDecimals() {
		assertThat(LocalFormats.amount(new BigDecimal("50"), "fr")).isEqualTo("50,00 MAD");
		assertThat(LocalFormats.amount(new BigDecimal("0.01"), "en")).isEqualTo("0.01 MAD");
	}

	@Test
	void fallsBackToFrenchForUnknownLanguages() {
		assertThat(LocalFormats.amount(new BigDecimal("1234.50"), "de")).isEqualTo("1 234,50 MAD");
	}

	// the formatters are prepared once per language: they must write exactly what the JDK's localized ones write
	@ParameterizedTest
	@ValueSource(strings = { "fr", "en", "ar" })
	void writesDatesAsTheJdksLocalizedFormattersDo(String language) {
		Instant instant = Instant.parse("2026-03-07T22:45:00Z");
		LocalDate day = LocalDate.of(2026, 12, 1);

		assertThat(LocalFormats.dateTime(instant, language)).isEqualTo(DateTimeFormatter
			.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocalFormats.locale(language))
			.withZone(BusinessTime.ZONE)
			.format(instant));
		assertThat(LocalFormats.date(day, language))
			.isEqualTo(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LocalFormats.locale(language)).format(day));
	}

	@Test
	void writesPercentagesWithOneDecimalAndTheirSign() {
		assertThat(LocalFormats.percent(new BigDecimal("12.54"), "fr")).isEqualTo("12,5 %");
		assertThat(LocalFormats.percent(new BigDecimal("12.54"), "en")).isEqualTo("12.5%");
		assertThat(LocalFormats.percent(new BigDecimal("12.54"), "ar")).isEqualTo("12,5 %");
	}

}
