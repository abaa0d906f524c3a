package com.shareyoursales.leads.leads;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An influencer's lead was accepted and its commission reserved; the merchant is told, analytics count it. */
public record LeadSubmitted(UUID leadId, UUID campaignId, UUID merchantId, UUID influencerId, UUID depositId,
		BigDecimal serviceValue, BigDecimal commission, String source, String city, String customerName,
		Instant expiresAt, Instant at) {

}
