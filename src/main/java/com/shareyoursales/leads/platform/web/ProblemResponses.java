package com.shareyoursales.leads.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the project's problem+json: a stable {@code code}, and the fields at fault for validation errors. */
public final class ProblemResponses {

	public record FieldError(String field, String code, String message) {
	}

	private ProblemResponses() {
	}

	public static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://leads.shareyoursales.ma/problems/" + code.toLowerCase().replace('_', '-')));
		problem.setProperty("code", code);
		return problem;
	}

	public static ProblemDetail invalid(String code, String detail, List<FieldError> errors) {
		ProblemDetail problem = problem(HttpStatusCode.valueOf(400), code, detail);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

	public static ProblemDetail withDetails(ProblemDetail problem, Map<String, Object> details) {
		details.forEach(problem::setProperty);
		return problem;
	}

}
