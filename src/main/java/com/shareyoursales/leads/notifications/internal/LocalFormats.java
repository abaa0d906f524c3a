package com.shareyoursales.leads.notifications.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.shareyoursales.leads.shared.BusinessTime;

/**
 * Amounts and dates as a recipient of each language reads them. The JDK's French grouping separator is U+202F
 * (narrow no-break space, from CLDR); it is replaced by an ordinary space so that "1 234,50 MAD" is the same in every
 * channel and SMS stay in the GSM-7 alphabet. Arabic uses Morocco's conventions (ar-MA: Latin digits, "1.234,50").
 */
public final class LocalFormats {

	private static final List<Locale> LOCALES = List.of(Locale.FRANCE, Locale.UK, Locale.forLanguageTag("ar-MA"));

	// Prepared once per language: building a number format or resolving a localized date pattern for each message
	// was ~3 % of the service's CPU under load (JFR). Date formatters are immutable; number formats are not
	// thread-safe, so each call formats with its own copy (a clone is much cheaper than a new instance).
	private static final Map<Locale, DecimalFormat> AMOUNTS = byLocale(LocalFormats::amountFormat);

	private static final Map<Locale, DecimalFormat> PERCENTS = byLocale(locale -> decimals(locale, 1));

	private static final Map<Locale, DateTimeFormatter> DATE_TIMES = byLocale(
			locale -> localized(FormatStyle.MEDIUM, FormatStyle.SHORT, locale).withZone(BusinessTime.ZONE));

	private static final Map<Locale, DateTimeFormatter> DATES = byLocale(locale -> localized(FormatStyle.LONG, null, locale));

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
		return ((DecimalFormat) AMOUNTS.get(locale(language)).clone()).format(amount) + " MAD";
	}

	/**
	 * A percentage with one decimal and its sign as the language writes it: "12,5 %" (fr, ar), "12.5%" (en). The sign
	 * is part of the value so that an Arabic message, which isolates each value, keeps it to the right of its number
	 * ("(% 12,5)" otherwise). Plain spaces: a French SMS stays in the GSM alphabet.
	 */
	public static String percent(BigDecimal value, String language) {
		String number = ((DecimalFormat) PERCENTS.get(locale(language)).clone()).format(value);
		return "en".equals(language) ? number + "%" : number + " %";
	}

	/** An instant as a date and time in Africa/Casablanca. */
	public static String dateTime(Instant instant, String language) {
		return DATE_TIMES.get(locale(language)).format(instant);
	}

	public static String date(LocalDate day, String language) {
		return DATES.get(locale(language)).format(day);
	}

	private static DecimalFormat amountFormat(Locale locale) {
		DecimalFormat format = decimals(locale, 2);
		DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
		if (Character.isSpaceChar(symbols.getGroupingSeparator())) {
			symbols.setGroupingSeparator(' ');
			format.setDecimalFormatSymbols(symbols);
		}
		return format;
	}

	private static DecimalFormat decimals(Locale locale, int digits) {
		DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		return format;
	}

	/** The formatter DateTimeFormatter.ofLocalized* would use for this locale, with its pattern resolved now. */
	private static DateTimeFormatter localized(FormatStyle date, FormatStyle time, Locale locale) {
		return DateTimeFormatter.ofPattern(
				DateTimeFormatterBuilder.getLocalizedDateTimePattern(date, time, IsoChronology.INSTANCE, locale), locale);
	}

	private static <T> Map<Locale, T> byLocale(Function<Locale, T> prepare) {
		return LOCALES.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), prepare));
	}

}
