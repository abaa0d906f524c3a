package com.shareyoursales.leads.payments.internal;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AmountInWordsTests {

	@Test
	void writesAmountsInFrenchAndEnglishWithTheirCentimes() {
		assertThat(AmountInWords.of(new BigDecimal("1200.50"), "fr"))
			.isEqualTo("mille deux cents dirhams et cinquante centimes");
		assertThat(AmountInWords.of(new BigDecimal("300.00"), "en")).isEqualTo("three hundred dirhams");
	}

	@Test
	void writesArabicHundredsAndTwoMillionsAsOneWord() {
		assertThat(AmountInWords.of(new BigDecimal("300.00"), "ar")).isEqualTo("ثلاثمائة درهم");
		assertThat(AmountInWords.of(new BigDecimal("5450.00"), "ar")).isEqualTo("خمسة آلاف وأربعمائة وخمسون درهم");
		assertThat(AmountInWords.of(new BigDecimal("900.25"), "ar")).isEqualTo("تسعمائة درهم وخمسة وعشرون سنتيم");
		assertThat(AmountInWords.of(new BigDecimal("2500000.00"), "ar")).isEqualTo("مليونان وخمسمائة ألف درهم");
	}

}
