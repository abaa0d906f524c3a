package com.shareyoursales.leads.notifications.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.shareyoursales.leads.agreements.AgreementProposed;
import com.shareyoursales.leads.agreements.AgreementSigned;
import com.shareyoursales.leads.identity.UserDirectory;
import com.shareyoursales.leads.notifications.Channel;
import com.shareyoursales.leads.platform.events.ReplayableListener;

import org.springframework.stereotype.Component;

/**
 * Agreements: the influencer is told of a proposal (dashboard and e-mail: it cannot bring leads before signing),
 * the merchant of a signature; both screens refresh live through the notification.
 */
@Component
class AgreementListeners {

	private static final Set<Channel> INFLUENCER = EnumSet.of(Channel.DASHBOARD, Channel.EMAIL);

	private static final Set<Channel> MERCHANT = EnumSet.of(Channel.DASHBOARD);

	private final UserDirectory users;

	private final Outbox outbox;

	AgreementListeners(UserDirectory users, Outbox outbox) {
		this.users = users;
		this.outbox = outbox;
	}

	@ReplayableListener
	void on(AgreementProposed agreement) {
		users.find(agreement.influencerId())
			.ifPresent(influencer -> outbox.tell(influencer,
					new Message("agreement-proposed:" + agreement.agreementId(), "AGREEMENT_PROPOSED",
							Map.of("agreementId", agreement.agreementId()),
							lang -> new Object[] { agreement.merchantName() }),
					INFLUENCER));
	}

	@ReplayableListener
	void on(AgreementSigned agreement) {
		users.find(agreement.merchantId())
			.ifPresent(merchant -> outbox.tell(merchant,
					new Message("agreement-signed:" + agreement.agreementId(), "AGREEMENT_SIGNED",
							Map.of("agreementId", agreement.agreementId()),
							lang -> new Object[] { agreement.influencerName() }),
					MERCHANT));
	}

}
