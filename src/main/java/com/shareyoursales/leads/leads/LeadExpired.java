package com.shareyoursales.leads.leads;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Nobody decided a lead in time; its commission was released. The influencer and the merchant are told. */
public record LeadExpired(UUID leadId, UUID campaignId, UUID merchantId, UUID influencerId, UUID depositId,
		BigDecimal commission, Instant at) implements LeadDecided {

}
