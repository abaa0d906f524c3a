package com.shareyoursales.leads.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.shareyoursales.leads.shared.DomainException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code Idempotency-Key} header of state-changing requests: a client that retries after a lost response gets
 * the first response again instead of a second payment or lead.
 * <p>
 * The key is reserved by inserting its row first, in the same transaction as the work it guards: a concurrent
 * request with the same key waits on the row's primary key until the first one commits (then replays its response)
 * or rolls back (then runs itself). A refused request (any exception) rolls the reservation back with its work, so
 * the key stays free for a corrected retry.
 */
@Component
public class IdempotentRequests {

	/** The request header clients send. */
	public static final String HEADER = "Idempotency-Key";

	private static final int MAX_KEY_LENGTH = 128;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	IdempotentRequests(JdbcClient jdbc, JsonMapper json, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.json = json;
		this.transactions = transactions;
	}

	/**
	 * Runs {@code action} at most once per user, key and operation, and answers with {@code status} and its result;
	 * the same key with the same request replays the stored response, with another request it is refused with 422
	 * {@code IDEMPOTENCY_KEY_REUSED}. Without a key the action simply runs, outside any transaction of this class: it
	 * opens its own (a lead submission then joins the next intake batch).
	 *
	 * @param userId who sends the request (keys are per user)
	 * @param key the header's value, or null
	 * @param operation a stable name of the operation, such as {@code deposits.create}
	 * @param request the parsed request body (its JSON is what "the same request" compares)
	 * @param responseType the type of the action's result, to read a stored response back
	 */
	public <T> ResponseEntity<T> run(UUID userId, String key, String operation, Object request, HttpStatus status,
			Class<T> responseType, Supplier<T> action) {
		if (key == null) {
			return ResponseEntity.status(status).body(action.get());
		}
		if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
			throw DomainException.invalidField(HEADER, "INVALID_LENGTH",
					"The Idempotency-Key must have 1 to " + MAX_KEY_LENGTH + " characters");
		}
		String hash = sha256(json.writeValueAsString(request));
		return transactions.execute(transaction -> {
			if (reserve(userId, key, operation, hash)) {
				T result = action.get();
				store(userId, key, operation, status, json.writeValueAsString(result));
				return ResponseEntity.status(status).body(result);
			}
			return replay(userId, key, operation, hash, responseType);
		});
	}

	private boolean reserve(UUID userId, String key, String operation, String hash) {
		return jdbc.sql("""
				insert into idempotency_keys (user_id, key, operation, request_hash, response_status, response_body)
				values (:user, :key, :operation, :hash, 0, '')
				on conflict do nothing""")
			.params(Map.of("user", userId, "key", key, "operation", operation, "hash", hash))
			.update() == 1;
	}

	private void store(UUID userId, String key, String operation, HttpStatus status, String body) {
		jdbc.sql("""
				update idempotency_keys set response_status = :status, response_body = :body
				 where user_id = :user and key = :key and operation = :operation""")
			.params(Map.of("user", userId, "key", key, "operation", operation, "status", status.value(), "body",
					body))
			.update();
	}

	private <T> ResponseEntity<T> replay(UUID userId, String key, String operation, String hash,
			Class<T> responseType) {
		StoredResponse stored = jdbc.sql("""
				select request_hash, response_status, response_body from idempotency_keys
				 where user_id = :user and key = :key and operation = :operation""")
			.params(Map.of("user", userId, "key", key, "operation", operation))
			.query((rs, row) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3)))
			.single();
		if (!stored.requestHash().equals(hash)) {
			throw new DomainException(DomainException.Kind.UNPROCESSABLE, "IDEMPOTENCY_KEY_REUSED",
					"This Idempotency-Key was already used with another request");
		}
		return ResponseEntity.status(stored.status()).body(json.readValue(stored.body(), responseType));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record StoredResponse(String requestHash, int status, String body) {
	}

}
