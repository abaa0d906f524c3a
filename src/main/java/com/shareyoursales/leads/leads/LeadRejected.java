package com.shareyoursales.leads.leads;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The merchant rejected a lead with a reason; its commission was released. The influencer is told. */
public record LeadRejected(UUID leadId, UUID campaignId, UUID merchantId, UUID influencerId, UUID depositId,
		BigDecimal commission, String reason, String comment, Instant at) implements LeadDecided {

}
