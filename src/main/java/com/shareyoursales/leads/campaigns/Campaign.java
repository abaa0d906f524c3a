package com.shareyoursales.leads.campaigns;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.UUID;

/** A campaign with its settings, as the other modules and clients read it. */
public record Campaign(UUID id, UUID merchantId, String merchantName, String name, String description, String city,
		CampaignStatus status, CampaignSettings settings, Instant createdAt, Instant updatedAt) {

	@JsonIgnore
	public boolean isActive() {
		return status == CampaignStatus.ACTIVE;
	}

}
