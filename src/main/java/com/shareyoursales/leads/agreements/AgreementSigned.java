package com.shareyoursales.leads.agreements;

import java.util.UUID;

/** An influencer signed an agreement; the merchant is told (its leads can now come in). */
public record AgreementSigned(UUID agreementId, UUID merchantId, UUID influencerId, String influencerName) {

}
