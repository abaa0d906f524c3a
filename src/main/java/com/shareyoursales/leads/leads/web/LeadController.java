package com.shareyoursales.leads.leads.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.leads.Lead;
import com.shareyoursales.leads.leads.LeadDecisions;
import com.shareyoursales.leads.leads.LeadDecisions.BulkOutcome;
import com.shareyoursales.leads.leads.LeadFilter;
import com.shareyoursales.leads.leads.LeadIntake;
import com.shareyoursales.leads.leads.LeadIntake.LeadDraft;
import com.shareyoursales.leads.leads.LeadQueries;
import com.shareyoursales.leads.leads.LeadSort;
import com.shareyoursales.leads.leads.LeadSource;
import com.shareyoursales.leads.leads.LeadStatus;
import com.shareyoursales.leads.leads.RejectionReason;
import com.shareyoursales.leads.shared.DomainException;
import com.shareyoursales.leads.shared.Money;
import com.shareyoursales.leads.shared.PageResponse;
import com.shareyoursales.leads.platform.web.IdempotentRequests;
import io.swagger.v3.oas.annotations.Operation;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/leads")
@Tag(name = "Leads", description = "Lead intake, decisions and lists")
class LeadController {

	record CreateLeadRequest(@NotNull UUID campaignId, @NotBlank @Size(max = 160) String customerName,
			@NotBlank @Size(max = 30) String customerPhone, @Email @Size(max = 254) String customerEmail,
			@Size(max = 120) String city,
			@NotNull @DecimalMin(value = "0.01") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2) BigDecimal serviceValue,
			@NotNull LeadSource source, @Size(max = 2000) String notes,
			@NotNull @AssertTrue(message = "the customer's consent to be contacted is required (law 09-08)") Boolean consent) {

		LeadDraft draft() {
			return new LeadDraft(campaignId, customerName, customerPhone, customerEmail, city,
					Money.normalize(serviceValue), source, notes);
		}
	}

	record ValidateLeadRequest(@Size(max = 1000) String comment) {
	}

	record RejectLeadRequest(@NotNull RejectionReason reason, @Size(max = 1000) String comment) {
	}

	record BulkRequest(@NotEmpty @Size(max = LeadDecisions.MAX_BULK) List<@NotNull UUID> ids, RejectionReason reason,
			@Size(max = 1000) String comment) {
	}

	record BulkResponse(List<BulkOutcome> results) {
	}

	record CommissionPreview(BigDecimal commission) {
	}

	private final LeadIntake intake;

	private final LeadDecisions decisions;

	private final LeadQueries queries;

	private final IdempotentRequests idempotent;

	LeadController(LeadIntake intake, LeadDecisions decisions, LeadQueries queries, IdempotentRequests idempotent) {
		this.idempotent = idempotent;
		this.intake = intake;
		this.decisions = decisions;
		this.queries = queries;
	}

	@PostMapping("/create")
	@Operation(summary = "Submit a lead (influencer); refusals: CAMPAIGN_NOT_ACTIVE, AGREEMENT_REQUIRED, "
			+ "DUPLICATE_LEAD, CAP_REACHED, DEPOSIT_DEPLETED, INSUFFICIENT_DEPOSIT",
			description = "Header Idempotency-Key (optional): a retry with the same key and body replays the first "
					+ "response and creates nothing; the same key with another body is refused with 422.")
	@ApiResponse(responseCode = "201", description = "The lead, its commission reserved")
	ResponseEntity<Lead> create(CurrentUser user,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
			@Valid @RequestBody CreateLeadRequest request) {
		return idempotent.run(user.id(), idempotencyKey, "leads.create", request, HttpStatus.CREATED, Lead.class,
				() -> intake.submit(user, request.draft()));
	}

	@GetMapping("/commission-preview")
	@Operation(summary = "The commission a service value would earn on a campaign (with the caller's agreement override)")
	CommissionPreview preview(CurrentUser user, @RequestParam UUID campaignId,
			@RequestParam @DecimalMin("0.01") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2) BigDecimal serviceValue) {
		return new CommissionPreview(intake.previewCommission(user, campaignId, Money.normalize(serviceValue)));
	}

	@PutMapping("/{id}/validate")
	@Operation(summary = "Validate a pending lead: its commission is captured (owning merchant or admin)")
	Lead validate(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody(required = false) ValidateLeadRequest request) {
		return decisions.validate(user, id, request == null ? null : request.comment());
	}

	@PutMapping("/{id}/reject")
	@Operation(summary = "Reject a pending lead with a reason: its commission is released (owning merchant or admin)")
	Lead reject(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody RejectLeadRequest request) {
		return decisions.reject(user, id, request.reason(), request.comment());
	}

	@PutMapping("/bulk/validate")
	@Operation(summary = "Validate several leads; one outcome per lead, each in its own transaction")
	BulkResponse bulkValidate(CurrentUser user, @Valid @RequestBody BulkRequest request) {
		return new BulkResponse(decisions.bulk(user, request.ids(), true, null, request.comment()));
	}

	@PutMapping("/bulk/reject")
	@Operation(summary = "Reject several leads with one reason; one outcome per lead")
	BulkResponse bulkReject(CurrentUser user, @Valid @RequestBody BulkRequest request) {
		if (request.reason() == null) {
			throw DomainException.invalidField("reason", "REQUIRED", "A rejection needs a reason");
		}
		return new BulkResponse(decisions.bulk(user, request.ids(), false, request.reason(), request.comment()));
	}

	@GetMapping("/{id}")
	Lead get(CurrentUser user, @PathVariable UUID id) {
		return queries.get(user, id);
	}

	@GetMapping("/merchant/my-leads")
	@Operation(summary = "The merchant's leads (admin: all), paged, sorted and filtered")
	PageResponse<Lead> merchantLeads(CurrentUser user, @ParameterObject @Valid LeadListParams params) {
		return queries.ofMerchant(user, params.filter(), params.sorting(), params.page(), params.size());
	}

	@GetMapping("/influencer/my-leads")
	@Operation(summary = "The influencer's own leads, customer contact masked")
	PageResponse<Lead> influencerLeads(CurrentUser user, @ParameterObject @Valid LeadListParams params) {
		return queries.ofInfluencer(user, params.filter(), params.sorting(), params.page(), params.size());
	}

	@GetMapping("/campaign/{campaignId}")
	@Operation(summary = "A campaign's leads (its merchant or admin; an influencer sees its own)")
	PageResponse<Lead> campaignLeads(CurrentUser user, @PathVariable UUID campaignId, @ParameterObject @Valid LeadListParams params) {
		return queries.ofCampaign(user, campaignId, params.filter(), params.sorting(), params.page(), params.size());
	}

	/** Query parameters shared by the lists and the export. */
	record LeadListParams(LeadStatus status, UUID campaignId, LeadSource source,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @Size(max = 100) String q, String sort,
			@Min(0) @Max(100000) Integer page, @Min(1) @Max(200) Integer size) {

		LeadFilter filter() {
			return new LeadFilter(status, campaignId, source, from, to, q);
		}

		LeadSort sorting() {
			return LeadSort.parse(sort);
		}

		@Override
		public Integer page() {
			return page == null ? 0 : page;
		}

		@Override
		public Integer size() {
			return size == null ? 20 : size;
		}
	}


}
