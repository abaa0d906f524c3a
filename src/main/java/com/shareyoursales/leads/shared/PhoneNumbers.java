package com.shareyoursales.leads.shared;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers in E.164, read with Morocco as the default region. */
public final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private static final String DEFAULT_REGION = "MA";

	private PhoneNumbers() {
	}

	/** The E.164 form of a valid number, or empty when the input is not a valid phone number. */
	public static Optional<String> toE164(String input) {
		return parse(input).map(number -> UTIL.format(number, PhoneNumberFormat.E164));
	}

	/** True for numbers that can receive SMS and WhatsApp messages. */
	public static boolean isMobile(String input) {
		return parse(input).map(UTIL::getNumberType)
			.filter(type -> type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE)
			.isPresent();
	}

	private static Optional<PhoneNumber> parse(String input) {
		if (input == null || input.isBlank() || input.length() > 30) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = UTIL.parse(input, DEFAULT_REGION);
			return UTIL.isValidNumber(number) ? Optional.of(number) : Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
