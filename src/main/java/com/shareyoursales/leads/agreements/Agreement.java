package com.shareyoursales.leads.agreements;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.shareyoursales.leads.shared.CommissionRule;

import org.jspecify.annotations.Nullable;

/** An agreement as clients read it. {@code commissionOverride} is null when the campaign's rule applies. */
public record Agreement(UUID id, UUID merchantId, String merchantName, UUID influencerId, String influencerName,
		@Nullable UUID campaignId, @Nullable String campaignName, String terms,
		@Nullable CommissionOverride commissionOverride, LocalDate validFrom, LocalDate validTo, AgreementStatus status,
		@Nullable Instant signedAt, String termsSha256, Instant createdAt) {

	public record CommissionOverride(BigDecimal threshold, BigDecimal rate, BigDecimal flat) {

		public CommissionRule rule() {
			return new CommissionRule(threshold, rate, flat);
		}
	}

	/** Signed, not terminated, and today within its validity. */
	public boolean isCurrentOn(LocalDate day) {
		return status == AgreementStatus.SIGNED && !day.isBefore(validFrom) && !day.isAfter(validTo);
	}

}
