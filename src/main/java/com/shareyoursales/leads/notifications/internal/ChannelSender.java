package com.shareyoursales.leads.notifications.internal;

import java.util.Optional;

import com.shareyoursales.leads.notifications.Channel;

/** Sends the outbox messages of one outside channel (e-mail, SMS, WhatsApp). */
interface ChannelSender {

	/** What the provider said about an accepted message. */
	record Sent(String providerId, String response) {
	}

	/** The provider refused or could not be reached; {@code permanent} when retrying cannot help. */
	class SendFailed extends RuntimeException {

		private final boolean permanent;

		private final String response;

		SendFailed(String message, boolean permanent, String response, Throwable cause) {
			super(message, cause);
			this.permanent = permanent;
			this.response = response;
		}

		boolean permanent() {
			return permanent;
		}

		String response() {
			return response;
		}

	}

	Channel channel();

	/** Why this message cannot be sent at all (channel not configured, unusable address); empty when it can. */
	Optional<String> skipReason(Delivery delivery);

	Sent send(Delivery delivery);

}
