package com.shareyoursales.leads.payments.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * CMI's "ver3" hash, as the merchant kit computes it: field names sorted case-insensitively in natural order,
 * {@code hash} and {@code encoding} skipped, each value escaped ({@code \} as {@code \\}, then {@code |} as
 * {@code \|}) and followed by {@code |}, the escaped store key last; SHA-512, base64 of the raw digest. Values are
 * trimmed when we build a request, and HTML-entity-decoded with one trailing newline removed when CMI calls back.
 */
public final class CmiHash {

	private CmiHash() {
	}

	/** The hash of a form we send to CMI. */
	static String ofRequest(Map<String, String> fields, String storeKey) {
		return hash(plaintext(fields, storeKey, String::trim));
	}

	/** The hash CMI's callback must carry. */
	public static String ofCallback(Map<String, String> fields, String storeKey) {
		return hash(plaintext(fields, storeKey, CmiHash::callbackValue));
	}

	/** The string that is hashed (exposed to tests, which compare it with vectors written by hand). */
	static String plaintext(Map<String, String> fields, String storeKey, UnaryOperator<String> value) {
		List<String> names = new ArrayList<>(fields.keySet());
		names.sort(NaturalOrder.CASE_INSENSITIVE);
		StringBuilder plain = new StringBuilder();
		for (String name : names) {
			String lower = name.toLowerCase(java.util.Locale.ROOT);
			if (!lower.equals("hash") && !lower.equals("encoding")) {
				String raw = fields.get(name);
				plain.append(escape(value.apply(raw == null ? "" : raw))).append('|');
			}
		}
		return plain.append(escape(storeKey)).toString();
	}

	static String callbackValue(String raw) {
		String value = raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
		return HtmlEntities.decode(value);
	}

	static String escape(String value) {
		return value.replace("\\", "\\\\").replace("|", "\\|");
	}

	static String hash(String plaintext) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-512").digest(plaintext.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Compares two hashes in constant time. */
	static boolean matches(String expected, String received) {
		return received != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				received.trim().getBytes(StandardCharsets.US_ASCII));
	}

}
