package com.shareyoursales.leads.platform.web;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The web app routes in the browser: a deep link or a reload of {@code /merchant/leads} must load the app, which
 * then shows the page. Paths whose segments contain a dot (files), the built assets and the API, documentation and actuator
 * paths are not routes.
 */
@Controller
@Hidden
class WebAppRoutes {

	/** A first path segment that is a route of the app: not a file and not one of the service's own prefixes. */
	private static final String ROUTE = "(?!api$|v3$|actuator$|swagger-ui$|assets$)[^.]+";

	@GetMapping({ "/{first:" + ROUTE + "}", "/{first:" + ROUTE + "}/{second:[^.]+}",
			"/{first:" + ROUTE + "}/{second:[^.]+}/{third:[^.]+}" })
	String app() {
		return "forward:/index.html";
	}

}
