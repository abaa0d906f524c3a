package com.shareyoursales.leads.campaigns;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A campaign with its settings, as the other modules and clients read it. */
public record Campaign(UUID id, UUID merchantId, String merchantName, String name, @Nullable String description,
		@Nullable String city, CampaignStatus status, CampaignSettings settings, Instant createdAt, Instant updatedAt) {

	@JsonIgnore
	public boolean isActive() {
		return status == CampaignStatus.ACTIVE;
	}

}
