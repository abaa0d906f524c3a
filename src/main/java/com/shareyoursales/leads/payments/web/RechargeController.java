package com.shareyoursales.leads.payments.web;

import java.math.BigDecimal;
import java.util.UUID;

import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.payments.AutoRechargeRule;
import com.shareyoursales.leads.payments.AutoRecharges;
import com.shareyoursales.leads.payments.PaymentMethod;
import com.shareyoursales.leads.payments.RechargeStarted;
import com.shareyoursales.leads.payments.Recharges;
import com.shareyoursales.leads.platform.web.IdempotentRequests;
import com.shareyoursales.leads.shared.AlertLevel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/leads/deposits")
@Tag(name = "Deposits")
class RechargeController {

	record CreateDepositRequest(UUID campaignId,
			@NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 12, fraction = 2) BigDecimal amount,
			@NotNull PaymentMethod method) {
	}

	record RechargeRequest(@NotNull UUID depositId,
			@NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 12, fraction = 2) BigDecimal amount,
			@NotNull PaymentMethod method, Boolean saveCard) {
	}

	record AutoRechargeRequest(@NotNull Boolean enabled, @NotNull AlertLevel triggerLevel,
			@NotNull AutoRechargeRule.Mode mode,
			@NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 12, fraction = 2) BigDecimal amount) {
	}

	private final Recharges recharges;

	private final AutoRecharges autoRecharges;

	private final IdempotentRequests idempotent;

	RechargeController(Recharges recharges, AutoRecharges autoRecharges, IdempotentRequests idempotent) {
		this.recharges = recharges;
		this.autoRecharges = autoRecharges;
		this.idempotent = idempotent;
	}

	@PutMapping("/{id}/auto-recharge")
	@Operation(summary = "Set (and re-arm) the deposit's auto-recharge on the saved card",
			description = "triggerLevel WARNING|CRITICAL; mode FIXED (charge amount) or TOP_UP_TO (bring available up to amount). "
					+ "Enabling needs a card saved by a Stripe recharge with saveCard.")
	AutoRechargeRule autoRecharge(CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody AutoRechargeRequest request) {
		return autoRecharges.configure(user, id, request.enabled(), request.triggerLevel(), request.mode(),
				request.amount());
	}

	@GetMapping("/{id}/auto-recharge")
	@Operation(summary = "The deposit's auto-recharge rule, and why it stopped if it did")
	AutoRechargeRule autoRecharge(CurrentUser user, @PathVariable UUID id) {
		return autoRecharges.get(user, id);
	}

	@PostMapping("/create")
	@Operation(summary = "Open a deposit (general, or dedicated to a campaign) and start its first payment",
			description = "Header Idempotency-Key (optional): a retry with the same key and body replays the first response.")
	ResponseEntity<RechargeStarted> create(CurrentUser user,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
			@Valid @RequestBody CreateDepositRequest request) {
		return idempotent.run(user.id(), key, "deposits.create", request, HttpStatus.CREATED, RechargeStarted.class,
				() -> recharges.open(user, request.campaignId(), request.amount(), request.method()));
	}

	@PostMapping("/recharge")
	@Operation(summary = "Start a payment that adds funds to one of the merchant's deposits",
			description = "Header Idempotency-Key (optional): a retry with the same key and body replays the first response.")
	ResponseEntity<RechargeStarted> recharge(CurrentUser user,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
			@Valid @RequestBody RechargeRequest request) {
		return idempotent.run(user.id(), key, "deposits.recharge", request, HttpStatus.CREATED, RechargeStarted.class,
				() -> recharges.recharge(user, request.depositId(), request.amount(), request.method(),
						Boolean.TRUE.equals(request.saveCard())));
	}

}
