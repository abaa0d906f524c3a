package com.shareyoursales.leads.notifications.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.shareyoursales.leads.shared.BusinessTime;

/**
 * Amounts and dates as a recipient of each language reads them. The JDK's French grouping separator is U+202F
 * (narrow no-break space, from CLDR); it is replaced by an ordinary space so that "1 234,50 MAD" is the same in every
 * channel and SMS stay in the GSM-7 alphabet. Arabic uses Morocco's conventions (ar-MA: Latin digits, "1.234,50").
 */
public final class LocalFormats {

	private LocalFormats() {
	}

	public static Locale locale(String language) {
		return switch (language == null ? "fr" : language) {
			case "en" -> Locale.UK;
			case "ar" -> Locale.forLanguageTag("ar-MA");
			default -> Locale.FRANCE;
		};
	}

	/** "1 234,50 MAD" (fr), "1,234.50 MAD" (en), "1.234,50 MAD" (ar). */
	public static String amount(BigDecimal amount, String language) {
		DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale(language));
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		format.setParseBigDecimal(true);
		DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
		if (Character.isSpaceChar(symbols.getGroupingSeparator())) {
			symbols.setGroupingSeparator(' ');
			format.setDecimalFormatSymbols(symbols);
		}
		return format.format(amount) + " MAD";
	}

	/** A percentage with one decimal in the language's notation ("12,5"). */
	public static String percent(BigDecimal value, String language) {
		NumberFormat format = NumberFormat.getNumberInstance(locale(language));
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}

	/** An instant as a date and time in Africa/Casablanca. */
	public static String dateTime(Instant instant, String language) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale(language))
			.withZone(BusinessTime.ZONE)
			.format(instant);
	}

	public static String date(LocalDate day, String language) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(language)).format(day);
	}

}
