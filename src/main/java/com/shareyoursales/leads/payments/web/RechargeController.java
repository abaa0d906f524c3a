package com.shareyoursales.leads.payments.web;

import java.math.BigDecimal;
import java.util.UUID;

import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.payments.PaymentMethod;
import com.shareyoursales.leads.payments.RechargeStarted;
import com.shareyoursales.leads.payments.Recharges;
import com.shareyoursales.leads.platform.web.IdempotentRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
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

	private final Recharges recharges;

	private final IdempotentRequests idempotent;

	RechargeController(Recharges recharges, IdempotentRequests idempotent) {
		this.recharges = recharges;
		this.idempotent = idempotent;
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
