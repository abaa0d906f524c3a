package com.shareyoursales.leads.notifications.internal;

import java.util.Optional;

import com.shareyoursales.leads.notifications.Channel;
import com.shareyoursales.leads.shared.PhoneNumbers;

import org.springframework.stereotype.Component;

/** WhatsApp through Twilio: both addresses carry the {@code whatsapp:} prefix. Mobile numbers only. */
@Component
class WhatsAppSender implements ChannelSender {

	private static final String PREFIX = "whatsapp:";

	private final TwilioMessages twilio;

	WhatsAppSender(TwilioMessages twilio) {
		this.twilio = twilio;
	}

	@Override
	public Channel channel() {
		return Channel.WHATSAPP;
	}

	@Override
	public Optional<String> skipReason(Delivery delivery) {
		return SmsSender.twilioSkipReason(twilio, twilio.settings().whatsappFrom(), "LEADS_TWILIO_WHATSAPP_FROM",
				delivery);
	}

	@Override
	public Sent send(Delivery delivery) {
		String from = twilio.settings().whatsappFrom();
		return twilio.send(from.startsWith(PREFIX) ? from : PREFIX + from,
				PREFIX + PhoneNumbers.toE164(delivery.address()).orElseThrow(), delivery.bodyText());
	}

}
