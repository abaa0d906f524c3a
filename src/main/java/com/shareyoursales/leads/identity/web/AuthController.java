package com.shareyoursales.leads.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.identity.Accounts;
import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.identity.UserDirectory;
import com.shareyoursales.leads.identity.UserProfile;
import com.shareyoursales.leads.identity.internal.LoginService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.jspecify.annotations.Nullable;

@RestController
@Tag(name = "Accounts", description = "Sign-up, log-in and the current user")
class AuthController {

	record RegisterRequest(@NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Size(min = 8, max = 128) String password, @NotNull Role role,
			@NotBlank @Size(max = 120) String displayName, @Size(max = 30) String phone,
			@Pattern(regexp = "fr|en|ar") String locale, @Size(max = 200) String companyName) {
	}

	record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password) {
	}

	record LocaleRequest(@NotNull @Pattern(regexp = "fr|en|ar") String locale) {
	}

	record UserResponse(UUID id, String email, Role role, String displayName, @Nullable String phone, String locale,
			@Nullable String companyName, Instant createdAt) {

		static UserResponse of(UserProfile user) {
			return new UserResponse(user.id(), user.email(), user.role(), user.displayName(), user.phone(),
					user.locale(), user.companyName(), user.createdAt());
		}
	}

	record TokenResponse(String accessToken, String tokenType, long expiresIn, UserResponse user) {
	}

	record InfluencerSummary(UUID id, String displayName) {
	}

	private final Accounts accounts;

	private final LoginService logins;

	private final UserDirectory directory;

	AuthController(Accounts accounts, LoginService logins, UserDirectory directory) {
		this.accounts = accounts;
		this.logins = logins;
		this.directory = directory;
	}

	@PostMapping("/api/auth/register")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a merchant or influencer account")
	UserResponse register(@Valid @RequestBody RegisterRequest request) {
		return UserResponse.of(accounts.register(new Accounts.Registration(request.email(), request.password(),
				request.role(), request.displayName(), request.phone(), request.locale(), request.companyName())));
	}

	@PostMapping("/api/auth/login")
	@Operation(summary = "Exchange e-mail and password for a bearer token (rate-limited)")
	TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		LoginService.LoggedIn loggedIn = logins.login(request.email(), request.password(), http.getRemoteAddr());
		return new TokenResponse(loggedIn.accessToken(), "Bearer", loggedIn.expiresIn(),
				UserResponse.of(loggedIn.user()));
	}

	@GetMapping("/api/auth/me")
	@Operation(summary = "The signed-in user")
	UserResponse me(CurrentUser user) {
		return UserResponse.of(accounts.profile(user.id()));
	}

	@PutMapping("/api/auth/me/locale")
	@Operation(summary = "Remember the user's language (fr, en, ar)")
	UserResponse changeLocale(CurrentUser user, @Valid @RequestBody LocaleRequest request) {
		return UserResponse.of(accounts.changeLocale(user.id(), request.locale()));
	}

	@GetMapping("/api/influencers")
	@Operation(summary = "Influencers a merchant can propose an agreement to")
	List<InfluencerSummary> influencers(CurrentUser user) {
		user.require(Role.MERCHANT, Role.ADMIN);
		return directory.withRole(Role.INFLUENCER)
			.stream()
			.map(influencer -> new InfluencerSummary(influencer.id(), influencer.displayName()))
			.toList();
	}

}
