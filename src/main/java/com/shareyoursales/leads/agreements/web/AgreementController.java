package com.shareyoursales.leads.agreements.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.agreements.Agreement;
import com.shareyoursales.leads.agreements.Agreement.CommissionOverride;
import com.shareyoursales.leads.agreements.AgreementBook;
import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.shared.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/leads/agreements")
@Tag(name = "Agreements", description = "Merchant-influencer agreements and their signature")
class AgreementController {

	record OverrideRequest(
			@NotNull @DecimalMin("0.01") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2) BigDecimal threshold,
			@NotNull @DecimalMin("0.01") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal rate,
			@NotNull @DecimalMin("0.01") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2) BigDecimal flat) {

		CommissionOverride toOverride() {
			return new CommissionOverride(Money.normalize(threshold), rate.setScale(2), Money.normalize(flat));
		}
	}

	record ProposalRequest(@NotNull UUID influencerId, UUID campaignId, @NotBlank @Size(max = 20000) String terms,
			@Valid OverrideRequest commissionOverride, @NotNull LocalDate validFrom, @NotNull LocalDate validTo) {
	}

	private final AgreementBook book;

	AgreementController(AgreementBook book) {
		this.book = book;
	}

	@PostMapping("/create")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Propose an agreement to an influencer (merchant)")
	Agreement create(CurrentUser user, @Valid @RequestBody ProposalRequest request) {
		return book.propose(user,
				new AgreementBook.Proposal(request.influencerId(), request.campaignId(), request.terms(),
						request.commissionOverride() == null ? null : request.commissionOverride().toOverride(),
						request.validFrom(), request.validTo()));
	}

	@GetMapping("/merchant")
	@Operation(summary = "The merchant's agreements (admin: all)")
	List<Agreement> merchant(CurrentUser user) {
		return book.ofMerchant(user);
	}

	@GetMapping("/influencer")
	@Operation(summary = "The influencer's agreements")
	List<Agreement> influencer(CurrentUser user) {
		return book.ofInfluencer(user);
	}

	@PutMapping("/{id}/sign")
	@Operation(summary = "Sign a proposed agreement (the influencer it is for)")
	Agreement sign(CurrentUser user, @PathVariable UUID id, HttpServletRequest http) {
		return book.sign(user, id, http.getRemoteAddr());
	}

	@PutMapping("/{id}/terminate")
	@Operation(summary = "Terminate an agreement (its merchant)")
	Agreement terminate(CurrentUser user, @PathVariable UUID id) {
		return book.terminate(user, id);
	}

}
