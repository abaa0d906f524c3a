package com.shareyoursales.leads.platform.web;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The web app routes in the browser: a deep link or a reload of {@code /merchant/leads} must load the app, which
 * then shows the page. Paths with a dot (files) and the API, documentation and actuator paths are not routes.
 */
@Controller
@Hidden
class WebAppRoutes {

	@GetMapping({ "/{first:^(?!api$|v3$|actuator$|swagger-ui$)[^.]+}", "/{first:^(?!api$|v3$|actuator$|swagger-ui$)[^.]+}/**" })
	String app() {
		return "forward:/index.html";
	}

}
