package com.shareyoursales.leads.notifications.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import com.shareyoursales.leads.identity.UserProfile;
import com.shareyoursales.leads.notifications.Channel;
import com.shareyoursales.leads.notifications.Notification;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what a user is told, in the caller's transaction: the dashboard notification (pushed live after commit)
 * and one outbox row per outside channel, each at most once per cause, recipient and channel. The dispatcher
 * sends the outbox rows; an address a channel cannot use is kept and marked SKIPPED there, never dropped.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Outbox {

	private final NotificationRows notifications;

	private final Deliveries deliveries;

	private final Templates templates;

	private final LiveEvents live;

	private final Clock clock;

	Outbox(NotificationRows notifications, Deliveries deliveries, Templates templates, LiveEvents live, Clock clock) {
		this.notifications = notifications;
		this.deliveries = deliveries;
		this.templates = templates;
		this.live = live;
		this.clock = clock;
	}

	/** Tells a user on the channels; true when anything new was written (false for a replayed cause). */
	public boolean tell(UserProfile user, Message message, Set<Channel> channels) {
		String language = Templates.supported(user.locale());
		Templates.Rendered rendered = templates.render(message.type(), language,
				message.arguments().apply(language));
		boolean written = false;
		if (channels.contains(Channel.DASHBOARD)) {
			Optional<Notification> created = notifications.insert(user.id(), message.type(), rendered.title(),
					rendered.body(), message.data(), message.cause() + ":" + user.id(),
					clock.instant());
			created.ifPresent(notification -> live.publish(user.id(), "notification", notification));
			written = created.isPresent();
		}
		for (Channel channel : channels) {
			if (channel.external()) {
				String address = channel == Channel.EMAIL ? user.email() : user.phone();
				boolean email = channel == Channel.EMAIL;
				written |= deliveries.enqueue(user.id(), channel, address, language, message.type(), rendered.title(),
						email ? rendered.text() : rendered.title() + "\n" + rendered.body(),
						email ? rendered.html() : null, email ? message.receiptOf() : null,
						message.cause() + ":" + user.id() + ":" + channel, clock.instant());
			}
		}
		return written;
	}

	/** An e-mail to an address without an account (extra recipients of the daily report). */
	public boolean email(String address, String language, Message message) {
		String lang = Templates.supported(language);
		Templates.Rendered rendered = templates.render(message.type(), lang, message.arguments().apply(lang));
		return deliveries.enqueue(null, Channel.EMAIL, address, lang, message.type(), rendered.title(),
				rendered.text(), rendered.html(), message.receiptOf(),
				message.cause() + ":" + address.toLowerCase() + ":" + Channel.EMAIL, clock.instant());
	}

}
