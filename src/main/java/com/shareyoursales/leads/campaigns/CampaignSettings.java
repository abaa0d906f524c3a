package com.shareyoursales.leads.campaigns;

import java.math.BigDecimal;

import com.shareyoursales.leads.shared.CommissionRule;

import org.jspecify.annotations.Nullable;

/** A campaign's rules for its leads. Null caps or minimum mean "none". */
public record CampaignSettings(BigDecimal commissionThreshold, BigDecimal commissionRate, BigDecimal commissionFlat,
		int expiryHours, OnExpiry onExpiry, @Nullable Integer capPerInfluencerPerDay, @Nullable Integer capTotal,
		boolean requiresAgreement, int duplicateWindowDays, @Nullable BigDecimal minServiceValue) {

	public CommissionRule commissionRule() {
		return new CommissionRule(commissionThreshold, commissionRate, commissionFlat);
	}

}
