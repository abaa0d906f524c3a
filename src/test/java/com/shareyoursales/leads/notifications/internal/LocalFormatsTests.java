package com.shareyoursales.leads.notifications.internal;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

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

}
