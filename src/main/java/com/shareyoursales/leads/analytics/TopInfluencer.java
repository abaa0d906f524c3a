package com.shareyoursales.leads.analytics;

import java.math.BigDecimal;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** An influencer in a ranking by validated leads. */
@Schema(description = "Influencer ranked by validated leads (then total leads); acceptanceRate = validation rate")
public record TopInfluencer(UUID influencerId, String displayName, long totalLeads, long validatedLeads,
		long rejectedLeads, long expiredLeads, long pendingLeads,
		@Schema(description = "validated / (validated + rejected + expired), 4 decimals") @Nullable BigDecimal acceptanceRate,
		@Schema(description = "Commissions of the validated leads") BigDecimal earnings) {

}
