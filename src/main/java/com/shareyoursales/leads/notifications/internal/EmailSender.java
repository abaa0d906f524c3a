package com.shareyoursales.leads.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.shareyoursales.leads.notifications.Channel;
import com.shareyoursales.leads.notifications.NotificationProperties;
import com.shareyoursales.leads.payments.Receipts;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP (Spring Boot's JavaMailSender, present only when SPRING_MAIL_HOST is set): a multipart message
 * with a plain-text and an HTML part, and the payment's PDF receipt when the message names one (rendered now from
 * payments; a payment not credited yet has none and the e-mail goes without it). In the {@code demo} profile the message lands in the admins' inbox table
 * instead. Without either, messages are SKIPPED with the reason.
 */
@Component
class EmailSender implements ChannelSender {

	private final ObjectProvider<JavaMailSender> mailSender;

	private final DemoInbox inbox;

	private final Receipts receipts;

	private final boolean demo;

	private final String from;

	EmailSender(ObjectProvider<JavaMailSender> mailSender, DemoInbox inbox, Receipts receipts,
			Environment environment, NotificationProperties properties) {
		this.mailSender = mailSender;
		this.inbox = inbox;
		this.receipts = receipts;
		this.demo = environment.matchesProfiles("demo");
		this.from = properties.mailFrom();
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public Optional<String> skipReason(Delivery delivery) {
		if (!demo && mailSender.getIfAvailable() == null) {
			return Optional.of("E-mail is not configured (SPRING_MAIL_HOST is not set)");
		}
		if (delivery.address() == null || !validAddress(delivery.address())) {
			return Optional.of("No valid e-mail address");
		}
		return Optional.empty();
	}

	@Override
	public Sent send(Delivery delivery) {
		if (demo) {
			long id = inbox.store(delivery);
			return new Sent("inbox-" + id, "Stored in the demo inbox");
		}
		JavaMailSender sender = mailSender.getObject();
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(delivery.address());
			helper.setSubject(delivery.subject());
			helper.setText(delivery.bodyText(), delivery.bodyHtml());
			if (delivery.receiptPaymentId() != null) {
				Optional<Receipts.Receipt> receipt = receipts.forPayment(delivery.receiptPaymentId());
				if (receipt.isPresent()) {
					helper.addAttachment(receipt.get().fileName(), new ByteArrayResource(receipt.get().pdf()),
							"application/pdf");
				}
			}
			message.setHeader("Content-Language", delivery.locale());
			sender.send(message);
			return new Sent(message.getMessageID(), "Accepted by the SMTP server");
		}
		catch (MessagingException ex) {
			throw new SendFailed("Unusable message: " + ex.getMessage(), true, null, ex);
		}
		catch (MailException ex) {
			throw new SendFailed("SMTP: " + ex.getMessage(), false, null, ex);
		}
	}

	private static boolean validAddress(String address) {
		try {
			new InternetAddress(address, true);
			return true;
		}
		catch (AddressException ex) {
			return false;
		}
	}

}
