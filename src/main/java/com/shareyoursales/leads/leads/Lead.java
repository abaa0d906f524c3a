package com.shareyoursales.leads.leads;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A lead as clients read it (SPEC "HTTP API": the Lead JSON). */
public record Lead(UUID id, UUID campaignId, String campaignName, UUID merchantId, UUID influencerId,
		String influencerName, UUID depositId, String customerName, String customerPhone,
		@Nullable String customerEmail, @Nullable String city, BigDecimal serviceValue, BigDecimal commission,
		LeadSource source, @Nullable String notes, LeadStatus status, Instant createdAt, Instant expiresAt,
		@Nullable Instant decidedAt, @Nullable RejectionReason rejectionReason, @Nullable String rejectionComment) {

	/** What an influencer sees once the lead is submitted: the customer's contact details masked. */
	public Lead maskedForInfluencer() {
		return new Lead(id, campaignId, campaignName, merchantId, influencerId, influencerName, depositId,
				customerName, ContactMasking.phone(customerPhone), ContactMasking.email(customerEmail), city,
				serviceValue, commission, source, notes, status, createdAt, expiresAt, decidedAt, rejectionReason,
				rejectionComment);
	}

	/** This pending lead once decided (the columns {@code LeadRows.markDecided} writes). */
	Lead decided(LeadStatus newStatus, Instant at, RejectionReason reason, String comment) {
		return new Lead(id, campaignId, campaignName, merchantId, influencerId, influencerName, depositId,
				customerName, customerPhone, customerEmail, city, serviceValue, commission, source, notes, newStatus,
				createdAt, expiresAt, at, reason, comment);
	}

	@JsonIgnore
	public boolean isPending() {
		return status == LeadStatus.PENDING;
	}

}
