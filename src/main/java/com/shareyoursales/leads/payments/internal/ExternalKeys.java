package com.shareyoursales.leads.payments.internal;

import java.security.SecureRandom;

/**
 * Our reference of a payment: short enough to type in a bank transfer's wording, without letters that read like
 * digits (no I, L, O, U), random so that it reveals nothing and cannot be guessed.
 */
public final class ExternalKeys {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private ExternalKeys() {
	}

	/** Such as {@code LDS-7K2M-9QXA-3F}: 50 random bits. */
	public static String next() {
		StringBuilder key = new StringBuilder("LDS-");
		for (int i = 0; i < 10; i++) {
			if (i == 4 || i == 8) {
				key.append('-');
			}
			key.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return key.toString();
	}

}
