package com.shareyoursales.leads.identity.internal;

import com.shareyoursales.leads.identity.UserProfile;
import com.shareyoursales.leads.shared.DomainException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Exchanges an e-mail and password for a bearer token, under the log-in throttle. */
@Service
public class LoginService {

	/** Compared against when the account does not exist, so both failures take the same time. */
	private static final String DUMMY_HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z6Yqt3WZ0S4Q6vEGM1jtBq3W";

	public record LoggedIn(String accessToken, long expiresIn, UserProfile user) {
	}

	private final Users users;

	private final PasswordEncoder passwords;

	private final TokenIssuer tokens;

	private final LoginThrottle throttle;

	LoginService(Users users, PasswordEncoder passwords, TokenIssuer tokens, LoginThrottle throttle) {
		this.users = users;
		this.passwords = passwords;
		this.tokens = tokens;
		this.throttle = throttle;
	}

	/**
	 * Not one transaction: the throttle records each attempt and failure in its own (a refused log-in must still
	 * count), and no connection is held while the password hash is compared (slow on purpose).
	 */
	public LoggedIn login(String email, String password, String clientAddress) {
		throttle.checkAttempt(email, clientAddress);
		var credentials = users.credentials(email);
		boolean matches = passwords.matches(password, credentials.map(Users.Credentials::passwordHash).orElse(DUMMY_HASH));
		if (credentials.isEmpty() || !matches || !credentials.get().enabled()) {
			throttle.recordFailure(email);
			throw new DomainException(DomainException.Kind.UNAUTHORIZED, "INVALID_CREDENTIALS",
					"Wrong e-mail or password");
		}
		throttle.recordSuccess(email);
		UserProfile user = users.findById(credentials.get().id()).orElseThrow();
		return new LoggedIn(tokens.issue(user), TokenIssuer.LIFETIME.toSeconds(), user);
	}

}
