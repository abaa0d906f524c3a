package com.shareyoursales.leads.campaigns.web;

import java.math.BigDecimal;
import java.util.UUID;

import com.shareyoursales.leads.campaigns.Campaign;
import com.shareyoursales.leads.campaigns.CampaignCatalog;
import com.shareyoursales.leads.campaigns.CampaignCatalog.CampaignDraft;
import com.shareyoursales.leads.campaigns.CampaignSettings;
import com.shareyoursales.leads.campaigns.CampaignStatus;
import com.shareyoursales.leads.campaigns.OnExpiry;
import com.shareyoursales.leads.identity.CurrentUser;
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
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/campaigns")
@Tag(name = "Campaigns", description = "Merchants' campaigns and their settings")
class CampaignController {

	record CampaignRequest(@NotBlank @Size(max = 160) String name, @Size(max = 4000) String description,
			@Size(max = 120) String city) {

		CampaignDraft draft() {
			return new CampaignDraft(name, description, city);
		}
	}

	record SettingsRequest(
			@NotNull @DecimalMin(value = "0.01") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2) BigDecimal commissionThreshold,
			@NotNull @DecimalMin(value = "0.01") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal commissionRate,
			@NotNull @DecimalMin(value = "0.01") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2) BigDecimal commissionFlat,
			@NotNull @Min(1) @Max(720) Integer expiryHours, @NotNull OnExpiry onExpiry,
			@Positive @Max(100000) Integer capPerInfluencerPerDay, @Positive @Max(10000000) Integer capTotal,
			@NotNull Boolean requiresAgreement, @NotNull @Min(0) @Max(365) Integer duplicateWindowDays,
			@DecimalMin(value = "0.01") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2) BigDecimal minServiceValue) {

		CampaignSettings settings() {
			return new CampaignSettings(Money.normalize(commissionThreshold), commissionRate.setScale(2),
					Money.normalize(commissionFlat), expiryHours, onExpiry, capPerInfluencerPerDay, capTotal,
					requiresAgreement, duplicateWindowDays, Money.normalize(minServiceValue));
		}
	}

	private final CampaignCatalog catalog;

	CampaignController(CampaignCatalog catalog) {
		this.catalog = catalog;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a campaign (merchant); it starts ACTIVE with the default settings")
	Campaign create(CurrentUser user, @Valid @RequestBody CampaignRequest request) {
		return catalog.create(user, request.draft());
	}

	@GetMapping
	@Operation(summary = "Campaigns: a merchant's own, the ACTIVE ones for influencers, all for admins")
	PageResponse<Campaign> list(CurrentUser user, @RequestParam(required = false) CampaignStatus status,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return catalog.list(user, status, page, size);
	}

	@GetMapping("/{id}")
	Campaign get(CurrentUser user, @PathVariable UUID id) {
		return catalog.get(user, id);
	}

	@PutMapping("/{id}")
	Campaign update(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CampaignRequest request) {
		return catalog.update(user, id, request.draft());
	}

	@PutMapping("/{id}/pause")
	Campaign pause(CurrentUser user, @PathVariable UUID id) {
		return catalog.changeStatus(user, id, CampaignStatus.PAUSED);
	}

	@PutMapping("/{id}/resume")
	Campaign resume(CurrentUser user, @PathVariable UUID id) {
		return catalog.changeStatus(user, id, CampaignStatus.ACTIVE);
	}

	@PutMapping("/{id}/end")
	Campaign end(CurrentUser user, @PathVariable UUID id) {
		return catalog.changeStatus(user, id, CampaignStatus.ENDED);
	}

	@PutMapping("/{id}/settings")
	@Operation(summary = "Replace a campaign's settings: commission rule, expiry, caps, agreement requirement")
	Campaign updateSettings(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody SettingsRequest request) {
		return catalog.updateSettings(user, id, request.settings());
	}

}
