package com.shareyoursales.leads.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.shareyoursales.leads.identity.UserProfile;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Signs the bearer token a user receives at log-in: subject = user id, plus the role the API checks. */
@Component
public class TokenIssuer {

	public static final Duration LIFETIME = Duration.ofHours(8);

	private final JwtEncoder encoder;

	private final Clock clock;

	TokenIssuer(JwtEncoder encoder, Clock clock) {
		this.encoder = encoder;
		this.clock = clock;
	}

	public String issue(UserProfile user) {
		Instant now = clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("leads")
			.subject(user.id().toString())
			.issuedAt(now)
			.expiresAt(now.plus(LIFETIME))
			.claim("role", user.role().name())
			.claim("email", user.email())
			.build();
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

}
