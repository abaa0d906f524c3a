package com.shareyoursales.leads.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import com.shareyoursales.leads.identity.UserProfile;
import com.shareyoursales.leads.notifications.Channel;
import com.shareyoursales.leads.notifications.Notification;
import com.shareyoursales.leads.notifications.internal.LetterRows.Posted;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what a user is told, in the caller's transaction: the dashboard notification (pushed live after commit)
 * and one outbox row per outside channel, each at most once per cause, recipient and channel. The dispatcher
 * sends the outbox rows; an address a channel cannot use is kept and marked SKIPPED there, never dropped.
 * Everything one call tells is written by one statement ({@link LetterRows}).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Outbox {

	private final LetterRows rows;

	private final Templates templates;

	private final LiveEvents live;

	private final Clock clock;

	Outbox(LetterRows rows, Templates templates, LiveEvents live, Clock clock) {
		this.rows = rows;
		this.templates = templates;
		this.live = live;
		this.clock = clock;
	}

	/** Tells a user on the channels; true when anything new was written (false for a replayed cause). */
	public boolean tell(UserProfile user, Message message, Set<Channel> channels) {
		Letters letter = new Letters();
		compose(letter, user, message, channels);
		return post(letter, false).written();
	}

	/** An e-mail to an address without an account (extra recipients of the daily report). */
	public boolean email(String address, String language, Message message) {
		String lang = Templates.supported(language);
		Templates.Rendered rendered = templates.render(message.type(), lang, message.arguments().apply(lang));
		Letters letter = new Letters();
		letter.send(new Letters.Sent(null, Channel.EMAIL, address, lang, message.type(), rendered.title(),
				rendered.text(), rendered.html(), message.receiptOf(),
				message.cause() + ":" + address.toLowerCase() + ":" + Channel.EMAIL, now()));
		return post(letter, false).written();
	}

	/** Renders what telling the user would write, in the user's language, into letters; writes nothing yet. */
	void compose(Letters letters, UserProfile user, Message message, Set<Channel> channels) {
		String language = Templates.supported(user.locale());
		Templates.Rendered rendered = templates.render(message.type(), language,
				message.arguments().apply(language));
		Instant at = now();
		if (channels.contains(Channel.DASHBOARD)) {
			letters.show(new Letters.Shown(user.id(), new Notification(UUID.randomUUID(), message.type(),
					rendered.title(), rendered.body(), message.data(), null, at), message.cause() + ":" + user.id()));
		}
		for (Channel channel : channels) {
			if (channel.external()) {
				boolean email = channel == Channel.EMAIL;
				letters.send(new Letters.Sent(user.id(), channel, email ? user.email() : user.phone(), language,
						message.type(), rendered.title(),
						email ? rendered.text() : rendered.title() + "\n" + rendered.body(),
						email ? rendered.html() : null, email ? message.receiptOf() : null,
						message.cause() + ":" + user.id() + ":" + channel, at));
			}
		}
	}

	/**
	 * Writes letters in one statement and pushes the notifications written to their users' open pages after commit.
	 * Isolated, a failure in the database is undone alone and returned; otherwise it fails the caller's transaction.
	 */
	Posted post(Letters letters, boolean isolated) {
		// a recipient who is gone leaves nothing to write: no round trip
		if (letters.isEmpty()) {
			return new Posted(Set.of(), 0, null);
		}
		Posted posted = rows.post(letters, isolated);
		for (Letters.Shown shown : letters.shown()) {
			if (posted.notifications().contains(shown.notification().id())) {
				live.publish(shown.userId(), "notification", shown.notification());
			}
		}
		return posted;
	}

	/** As the database keeps it (microseconds), so that the live push and a later read show the same instant. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
