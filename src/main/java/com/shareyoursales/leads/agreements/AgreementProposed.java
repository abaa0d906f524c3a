package com.shareyoursales.leads.agreements;

import java.util.UUID;

/** A merchant proposed an agreement; the influencer is told, so that it can read and sign it. */
public record AgreementProposed(UUID agreementId, UUID merchantId, String merchantName, UUID influencerId) {

}
