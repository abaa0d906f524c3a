package com.shareyoursales.leads.payments.web;

import java.util.UUID;

import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.payments.BankTransfers;
import com.shareyoursales.leads.payments.Payment;
import com.shareyoursales.leads.payments.PaymentMethod;
import com.shareyoursales.leads.payments.PaymentRecords;
import com.shareyoursales.leads.payments.PaymentStatus;
import com.shareyoursales.leads.payments.Receipts;
import com.shareyoursales.leads.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/payments")
@Tag(name = "Payments", description = "Payments that fund deposits; admins confirm bank transfers")
class PaymentController {

	record RejectRequest(@Size(max = 1000) String reason) {
	}

	private final PaymentRecords records;

	private final BankTransfers bankTransfers;

	private final Receipts receipts;

	PaymentController(PaymentRecords records, BankTransfers bankTransfers, Receipts receipts) {
		this.records = records;
		this.bankTransfers = bankTransfers;
		this.receipts = receipts;
	}

	@GetMapping
	@Operation(summary = "Payments, newest first (merchant: its own; admin: all, filter by merchantId)")
	PageResponse<Payment> list(CurrentUser user, @RequestParam(required = false) PaymentStatus status,
			@RequestParam(required = false) PaymentMethod method, @RequestParam(required = false) UUID merchantId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return records.list(user, status, method, merchantId, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One payment (its merchant or an admin)")
	Payment get(CurrentUser user, @PathVariable UUID id) {
		return records.get(user, id);
	}

	@GetMapping(path = "/{id}/receipt.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The PDF receipt of a credited payment (its merchant or an admin)")
	ResponseEntity<byte[]> receipt(CurrentUser user, @PathVariable UUID id) {
		Receipts.Receipt receipt = receipts.get(user, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(receipt.fileName()).build().toString())
			.body(receipt.pdf());
	}

	@PostMapping("/{id}/confirm")
	@Operation(summary = "Admin: the bank transfer arrived; credits the deposit once however often it is called")
	Payment confirm(CurrentUser user, @PathVariable UUID id) {
		return bankTransfers.confirm(user, id);
	}

	@PostMapping("/{id}/reject")
	@Operation(summary = "Admin: the bank transfer will not arrive; the payment fails with the reason")
	Payment reject(CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody(required = false) RejectRequest request) {
		return bankTransfers.reject(user, id, request == null ? null : request.reason());
	}

}
