package com.shareyoursales.leads.notifications.internal;

import java.util.Optional;

import com.shareyoursales.leads.notifications.Channel;
import com.shareyoursales.leads.shared.PhoneNumbers;

import org.springframework.stereotype.Component;

/** SMS through Twilio, to mobile numbers only. */
@Component
class SmsSender implements ChannelSender {

	private final TwilioMessages twilio;

	SmsSender(TwilioMessages twilio) {
		this.twilio = twilio;
	}

	@Override
	public Channel channel() {
		return Channel.SMS;
	}

	@Override
	public Optional<String> skipReason(Delivery delivery) {
		return twilioSkipReason(twilio, twilio.settings().smsFrom(), "LEADS_TWILIO_SMS_FROM", delivery);
	}

	@Override
	public Sent send(Delivery delivery) {
		return twilio.send(twilio.settings().smsFrom(), PhoneNumbers.toE164(delivery.address()).orElseThrow(),
				delivery.bodyText());
	}

	static Optional<String> twilioSkipReason(TwilioMessages twilio, String from, String fromVariable,
			Delivery delivery) {
		if (!twilio.settings().hasCredentials()) {
			return Optional.of("Twilio is not configured (LEADS_TWILIO_ACCOUNT_SID / LEADS_TWILIO_AUTH_TOKEN)");
		}
		if (from == null) {
			return Optional.of("No sender configured (" + fromVariable + ")");
		}
		if (delivery.address() == null) {
			return Optional.of("No phone number");
		}
		if (!PhoneNumbers.isMobile(delivery.address())) {
			return Optional.of("Not a mobile number");
		}
		return Optional.empty();
	}

}
