package com.shareyoursales.leads.platform.web;

import java.sql.SQLException;
import java.util.List;


import com.shareyoursales.leads.platform.web.ProblemResponses.FieldError;
import com.shareyoursales.leads.shared.DomainException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps every failure to RFC 9457 problem+json, once: domain refusals by their kind, client mistakes to 4xx with the
 * fields at fault, and nothing a client sends to a 500.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domain(DomainException ex) {
		HttpStatus status = switch (ex.kind()) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case CONFLICT -> HttpStatus.CONFLICT;
			case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
			case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
			case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
		};
		ProblemDetail problem;
		if (ex.kind() == DomainException.Kind.INVALID && ex.details().get("field") instanceof String field) {
			problem = ProblemResponses.invalid(ex.code(), ex.getMessage(),
					List.of(new FieldError(field, ex.code(), ex.getMessage())));
		}
		else {
			problem = ProblemResponses.withDetails(ProblemResponses.problem(status, ex.code(), ex.getMessage()),
					ex.details());
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
		if (ex.details().get("retryAfterSeconds") instanceof Number seconds) {
			response.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds.longValue()));
		}
		return response.body(problem);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(ProblemResponses.problem(HttpStatus.FORBIDDEN, "FORBIDDEN", "This action is not allowed for your role"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return ResponseEntity.badRequest()
			.body(ProblemResponses.invalid("VALIDATION_FAILED", "Invalid value for " + ex.getName(),
					List.of(new FieldError(ex.getName(), "INVALID_VALUE", "has an invalid value"))));
	}

	/** Method-level constraints of a {@code @Validated} controller (page >= 0, size in range...). */
	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
		List<FieldError> errors = ex.getConstraintViolations()
			.stream()
			.map(violation -> new FieldError(lastNode(violation.getPropertyPath().toString()),
					codeOf(violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()),
					violation.getMessage()))
			.toList();
		return ResponseEntity.badRequest()
			.body(ProblemResponses.invalid("VALIDATION_FAILED", "The request has invalid parameters", errors));
	}

	/** A constraint the database enforces: a concurrent or duplicate change lost the race; nothing was written. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
		log.info("Refused by a database constraint: {}", ex.getMostSpecificCause().getMessage());
		if (ex.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
				&& sql.getSQLState().startsWith("22")) {
			// SQLSTATE class 22, data exception: a value PostgreSQL cannot store (a NUL character, out of range)
			return ResponseEntity.badRequest()
				.body(ProblemResponses.invalid("VALIDATION_FAILED", "A value of the request cannot be stored", List.of()));
		}
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ProblemResponses.problem(HttpStatus.CONFLICT, "CONFLICT",
					"The request conflicts with the current state; nothing was changed"));
	}

	@ExceptionHandler(PessimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> lockFailure(PessimisticLockingFailureException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ProblemResponses.problem(HttpStatus.CONFLICT, "CONCURRENT_UPDATE",
					"A concurrent change won; retry the request"));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldError(error.getField(), codeOf(error.getCode()), error.getDefaultMessage()))
			.toList();
		return ResponseEntity.badRequest()
			.body(ProblemResponses.invalid("VALIDATION_FAILED", "The request has invalid fields", errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldError(result.getMethodParameter().getParameterName(),
						codeOf(error.getCodes() == null ? null : error.getCodes()[error.getCodes().length - 1]),
						error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest()
			.body(ProblemResponses.invalid("VALIDATION_FAILED", "The request has invalid parameters", errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return ResponseEntity.badRequest()
				.body(ProblemResponses.invalid("UNKNOWN_FIELD", "Unknown field " + unknown.getPropertyName(),
						List.of(new FieldError(unknown.getPropertyName(), "UNKNOWN_FIELD", "is not a known field"))));
		}
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = fieldPath(mismatch);
			String code = cause instanceof InvalidFormatException ? "INVALID_FORMAT" : "INVALID_TYPE";
			return ResponseEntity.badRequest()
				.body(ProblemResponses.invalid("VALIDATION_FAILED", "Invalid value for " + field,
						List.of(new FieldError(field, code, "has an invalid value or type"))));
		}
		if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = fieldPath(databind);
			return ResponseEntity.badRequest()
				.body(ProblemResponses.invalid("VALIDATION_FAILED", "Invalid value for " + field,
						List.of(new FieldError(field, "INVALID_VALUE", "has an invalid value"))));
		}
		return ResponseEntity.badRequest()
			.body(ProblemResponses.invalid("MALFORMED_REQUEST", "The request body is missing or not valid JSON",
					List.of()));
	}

	/** Spring MVC's own exceptions (405, 415, 404 of unknown paths...) keep their status and get a code. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ProblemDetail problem = body instanceof ProblemDetail detail ? detail
				: ex instanceof ErrorResponse response ? response.getBody()
						: ProblemDetail.forStatus(statusCode);
		if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
			problem.setProperty("code", codeForStatus(statusCode));
		}
		return ResponseEntity.status(statusCode).headers(headers).body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected failure", ex);
		return ResponseEntity.internalServerError()
			.body(ProblemResponses.problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
					"Something went wrong on our side"));
	}

	private static String fieldPath(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (var reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	private static String lastNode(String propertyPath) {
		return propertyPath.substring(propertyPath.lastIndexOf('.') + 1);
	}

	private static String codeOf(String constraint) {
		if (constraint == null) {
			return "INVALID";
		}
		return switch (constraint) {
			case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
			case "Size", "Length" -> "INVALID_LENGTH";
			case "Email" -> "INVALID_EMAIL";
			case "Pattern" -> "INVALID_FORMAT";
			case "DecimalMin", "DecimalMax", "Min", "Max", "Positive", "PositiveOrZero" -> "OUT_OF_RANGE";
			case "Digits" -> "TOO_MANY_DECIMALS";
			case "AssertTrue" -> "MUST_BE_TRUE";
			default -> constraint.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
		};
	}

	private static String codeForStatus(HttpStatusCode status) {
		return switch (status.value()) {
			case 404 -> "NOT_FOUND";
			case 405 -> "METHOD_NOT_ALLOWED";
			case 406 -> "NOT_ACCEPTABLE";
			case 415 -> "UNSUPPORTED_MEDIA_TYPE";
			case 400 -> "BAD_REQUEST";
			default -> status.is4xxClientError() ? "CLIENT_ERROR" : "SERVER_ERROR";
		};
	}


}
