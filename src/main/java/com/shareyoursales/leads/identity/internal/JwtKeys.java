package com.shareyoursales.leads.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC key that signs bearer tokens: {@code LEADS_JWT_SECRET} when given, else a random key generated on
 * first start and kept in the data directory, so tokens survive restarts without any setup.
 */
final class JwtKeys {

	private static final int MIN_SECRET_BYTES = 32;

	private JwtKeys() {
	}

	static SecretKey load(String configuredSecret, Path dataDir) {
		if (configuredSecret != null && !configuredSecret.isBlank()) {
			byte[] bytes = configuredSecret.getBytes(StandardCharsets.UTF_8);
			if (bytes.length < MIN_SECRET_BYTES) {
				throw new IllegalStateException("LEADS_JWT_SECRET must be at least 32 bytes long");
			}
			return new SecretKeySpec(bytes, "HmacSHA256");
		}
		return new SecretKeySpec(storedOrNew(dataDir.resolve("jwt-secret")), "HmacSHA256");
	}

	private static byte[] storedOrNew(Path file) {
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).trim());
			}
			byte[] key = new byte[64];
			new SecureRandom().nextBytes(key);
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(key));
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or create the JWT key in " + file, ex);
		}
	}

}
