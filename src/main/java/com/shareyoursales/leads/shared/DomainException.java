package com.shareyoursales.leads.shared;

import java.util.Map;

/**
 * A refusal the caller can understand and act on: a stable code, a kind that the web layer maps to an HTTP status
 * once, and optional details (such as the field at fault).
 */
public class DomainException extends RuntimeException {

	public enum Kind {

		INVALID, NOT_FOUND, FORBIDDEN, CONFLICT, UNPROCESSABLE, TOO_MANY_REQUESTS, UNAUTHORIZED

	}

	private final String code;

	private final Kind kind;

	private final Map<String, Object> details;

	public DomainException(Kind kind, String code, String message) {
		this(kind, code, message, Map.of());
	}

	public DomainException(Kind kind, String code, String message, Map<String, Object> details) {
		super(message);
		this.kind = kind;
		this.code = code;
		this.details = details;
	}

	public static DomainException notFound(String what) {
		return new DomainException(Kind.NOT_FOUND, "NOT_FOUND", what + " not found");
	}

	public static DomainException invalidField(String field, String code, String message) {
		return new DomainException(Kind.INVALID, code, message, Map.of("field", field));
	}

	public String code() {
		return code;
	}

	public Kind kind() {
		return kind;
	}

	public Map<String, Object> details() {
		return details;
	}

}
