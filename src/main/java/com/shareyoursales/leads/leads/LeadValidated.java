package com.shareyoursales.leads.leads;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A lead's commission was captured: by the merchant's decision, or ({@code bySilence}) because it expired on a
 * campaign whose on-expiry setting is VALIDATE. The influencer is told and earns the commission.
 */
public record LeadValidated(UUID leadId, UUID campaignId, UUID merchantId, UUID influencerId, UUID depositId,
		BigDecimal commission, boolean bySilence, Instant at) implements LeadDecided {

}
