package com.shareyoursales.leads.payments.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.RuleBasedNumberFormat;

/** "mille deux cents dirhams et cinquante centimes": ICU's spell-out rules in the merchant's language. */
final class AmountInWords {

	/**
	 * ICU 76's Arabic rules write the hundreds 300–900 as two words ("ثلاثة مائة") and two millions as "إثنان مليون";
	 * Arabic writes them as one word ("ثلاثمائة", "مليونان"), as on a cheque.
	 */
	private static final Map<String, String> ARABIC_FORMS = Map.of("ثلاثة مائة", "ثلاثمائة", "أربعة مائة", "أربعمائة",
			"خمسة مائة", "خمسمائة", "ستة مائة", "ستمائة", "سبعة مائة", "سبعمائة", "ثمانية مائة", "ثمانمائة",
			"تسعة مائة", "تسعمائة", "إثنان مليون", "مليونان");

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
			case "ar" -> arabic(centimes == 0 ? whole + " درهم" : whole + " درهم و" + cents + " سنتيم");
			case "en" -> centimes == 0 ? whole + " dirhams" : whole + " dirhams and " + cents + " centimes";
			default -> centimes == 0 ? whole + " dirhams" : whole + " dirhams et " + cents + " centimes";
		};
	}

	private static String arabic(String words) {
		String written = words;
		for (Map.Entry<String, String> form : ARABIC_FORMS.entrySet()) {
			written = written.replace(form.getKey(), form.getValue());
		}
		return written;
	}

}
