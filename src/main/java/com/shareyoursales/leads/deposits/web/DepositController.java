package com.shareyoursales.leads.deposits.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.deposits.DepositAccounts;
import com.shareyoursales.leads.deposits.DepositBalance;
import com.shareyoursales.leads.deposits.DepositLedger;
import com.shareyoursales.leads.deposits.DepositTransaction;
import com.shareyoursales.leads.deposits.TransactionType;
import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.shared.BusinessTime;
import com.shareyoursales.leads.shared.DomainException;
import com.shareyoursales.leads.shared.Money;
import com.shareyoursales.leads.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/leads/deposits")
@Tag(name = "Deposits", description = "Balances, the ledger and low-balance deposits")
class DepositController {

	record AdjustmentRequest(
			@NotNull @DecimalMin("-1000000.00") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2) BigDecimal amount,
			@NotBlank @Size(max = 500) String reason) {
	}

	private final DepositAccounts accounts;

	private final DepositLedger ledger;

	DepositController(DepositAccounts accounts, DepositLedger ledger) {
		this.accounts = accounts;
		this.ledger = ledger;
	}

	@GetMapping("/balance")
	@Operation(summary = "Balance of the merchant's deposits, or of one with ?depositId=")
	List<DepositBalance> balance(CurrentUser user, @RequestParam(required = false) UUID depositId) {
		return accounts.balances(user, depositId);
	}

	@GetMapping("/transactions")
	@Operation(summary = "The ledger, newest first; filters by deposit, type and business-day range (from/to inclusive)")
	PageResponse<DepositTransaction> transactions(CurrentUser user, @RequestParam(required = false) UUID depositId,
			@RequestParam(required = false) TransactionType type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return accounts.transactions(user, depositId, type, from == null ? null : BusinessTime.startOfDay(from),
				to == null ? null : BusinessTime.startOfDay(to.plusDays(1)), page, size);
	}

	@GetMapping("/low-balance")
	@Operation(summary = "Deposits at WARNING or worse (admin: all; merchant: its own)")
	List<DepositBalance> lowBalance(CurrentUser user) {
		return accounts.lowBalance(user);
	}

	@PostMapping("/{id}/adjustments")
	@ResponseStatus(HttpStatus.CREATED)
	@Transactional
	@Operation(summary = "Admin correction of a deposit's balance, with a reason (an ADJUSTMENT ledger row)")
	DepositBalance adjust(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody AdjustmentRequest request) {
		user.require(Role.ADMIN);
		if (request.amount().signum() == 0) {
			throw DomainException.invalidField("amount", "OUT_OF_RANGE", "An adjustment cannot be zero");
		}
		ledger.adjust(id, Money.normalize(request.amount()), request.reason(), user.id());
		return accounts.get(user, id);
	}

}
