package com.shareyoursales.leads.payments.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.shareyoursales.leads.payments.internal.CmiCallbacks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Payments")
class CmiCallbackController {

	private final CmiCallbacks callbacks;

	CmiCallbackController(CmiCallbacks callbacks) {
		this.callbacks = callbacks;
	}

	/** CMI posts a form; every field it sends takes part in the hash, so all of them are passed on. */
	@PostMapping(path = "/api/payments/cmi/callback", produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "CMI's callback (form fields signed with HASH ver3; not for clients)")
	String receive(HttpServletRequest request) {
		Map<String, String> fields = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> fields.put(name, values.length == 0 ? "" : values[0]));
		return callbacks.handle(fields);
	}

}
