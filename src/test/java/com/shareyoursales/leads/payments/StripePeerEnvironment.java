package com.shareyoursales.leads.payments;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application context at this JVM's Stripe peer, which listens on a free port: a fixed port
 * collided when two checkouts ran their suites on one machine. Registered in META-INF/spring.factories (test).
 */
public class StripePeerEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources()
			.addFirst(new MapPropertySource("stripePeer", Map.of("leads.stripe.api-base", StripePeer.baseUrl())));
	}

}
