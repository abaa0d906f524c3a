package com.shareyoursales.leads.identity.internal;

import java.io.IOException;

import javax.crypto.SecretKey;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.shareyoursales.leads.platform.LeadsProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;

import com.shareyoursales.leads.platform.web.ProblemResponses;

/**
 * Stateless bearer-token security: every /api path needs a valid token except sign-up, log-in and the payment
 * providers' callbacks (which carry their own signatures); refusals are problem+json like every other error.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecretKey jwtKey(@Value("${leads.jwt.secret:}") String secret, LeadsProperties properties) {
		return JwtKeys.load(secret, properties.dataDir());
	}

	/**
	 * Spring Security observes nothing of its own (each filter of the chain, the authentication, the authorization):
	 * with them, Micrometer was the innermost code in 13.5 % of the service's CPU samples (JFR over a benchmark run: a
	 * long task timer and tags per filter per request), 2.9 % without, and no dashboard reads them. Every request is
	 * still observed as http.server.requests (docs/OPERATIONS.md).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	JwtEncoder jwtEncoder(SecretKey jwtKey) {
		return new NimbusJwtEncoder(new ImmutableSecret<>(jwtKey));
	}

	@Bean
	JwtDecoder jwtDecoder(SecretKey jwtKey) {
		return NimbusJwtDecoder.withSecretKey(jwtKey).macAlgorithm(MacAlgorithm.HS256).build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json) throws Exception {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName("role");
		authorities.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);

		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, "/api/auth/register", "/api/auth/login").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/payments/stripe/webhook", "/api/payments/cmi/callback").permitAll()
				.requestMatchers("/api/admin/**").hasRole("ADMIN")
				.requestMatchers("/api/**").authenticated()
				.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/actuator/prometheus").permitAll()
				.requestMatchers("/actuator/**").hasRole("ADMIN")
				.anyRequest().permitAll())
			.oauth2ResourceServer(resourceServer -> resourceServer
				.bearerTokenResolver(bearerTokenResolver())
				.jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
				.authenticationEntryPoint((request, response, ex) -> writeProblem(json, response,
						HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "A valid bearer token is required"))
				.accessDeniedHandler((request, response, ex) -> writeProblem(json, response, HttpStatus.FORBIDDEN,
						"FORBIDDEN", "This action is not allowed for your role")))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, ex) -> writeProblem(json, response,
						HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "A valid bearer token is required"))
				.accessDeniedHandler((request, response, ex) -> writeProblem(json, response, HttpStatus.FORBIDDEN,
						"FORBIDDEN", "This action is not allowed for your role")));
		return http.build();
	}

	/**
	 * The header everywhere; the {@code access_token} query parameter only for the live stream, because a browser's
	 * EventSource cannot set headers.
	 */
	private static BearerTokenResolver bearerTokenResolver() {
		DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
		DefaultBearerTokenResolver headerOrQuery = new DefaultBearerTokenResolver();
		headerOrQuery.setAllowUriQueryParameter(true);
		return (HttpServletRequest request) -> "/api/notifications/stream".equals(request.getRequestURI())
				? headerOrQuery.resolve(request) : header.resolve(request);
	}

	private static void writeProblem(JsonMapper json, HttpServletResponse response, HttpStatus status, String code,
			String detail) throws IOException {
		ProblemDetail problem = ProblemResponses.problem(status, code, detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

}
