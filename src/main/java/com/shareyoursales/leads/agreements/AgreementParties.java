package com.shareyoursales.leads.agreements;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A merchant and an influencer, and the campaign a lead of theirs is for: what a current agreement is looked up by. */
public record AgreementParties(UUID merchantId, UUID influencerId, @Nullable UUID campaignId) {
}
