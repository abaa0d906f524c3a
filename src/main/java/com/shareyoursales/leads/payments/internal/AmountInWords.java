package com.shareyoursales.leads.payments.internal;

import java.math.BigDecimal;
import java.util.Locale;

import com.ibm.icu.text.RuleBasedNumberFormat;

/** "mille deux cents dirhams et cinquante centimes": ICU's spell-out rules in the merchant's language. */
final class AmountInWords {

	private AmountInWords() {
	}

	static String of(BigDecimal amount, String language) {
		Locale locale = Locale.forLanguageTag(language);
		RuleBasedNumberFormat words = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
		long dirhams = amount.longValue();
		int centimes = amount.remainder(BigDecimal.ONE).movePointRight(2).intValue();
		String whole = words.format(dirhams);
		String cents = words.format(centimes);
		return switch (language) {
			case "ar" -> centimes == 0 ? whole + " درهم" : whole + " درهم و" + cents + " سنتيم";
			case "en" -> centimes == 0 ? whole + " dirhams" : whole + " dirhams and " + cents + " centimes";
			default -> centimes == 0 ? whole + " dirhams" : whole + " dirhams et " + cents + " centimes";
		};
	}

}
