package com.shareyoursales.leads.notifications;

import java.time.Clock;
import java.util.UUID;

import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.notifications.internal.NotificationRows;
import com.shareyoursales.leads.notifications.internal.SettingsRows;
import com.shareyoursales.leads.shared.DomainException;
import com.shareyoursales.leads.shared.PageResponse;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own dashboard notifications and preferences; another user's notification is "not found". */
@Service
@Transactional
public class UserNotifications {

	private final NotificationRows notifications;

	private final SettingsRows settings;

	private final Clock clock;

	UserNotifications(NotificationRows notifications, SettingsRows settings, Clock clock) {
		this.notifications = notifications;
		this.settings = settings;
		this.clock = clock;
	}

	/** Unread first, then newest first. */
	@Transactional(readOnly = true)
	public PageResponse<Notification> page(CurrentUser user, int page, int size) {
		return PageResponse.of(notifications.page(user.id(), page, size), page, size, notifications.count(user.id()));
	}

	@Transactional(readOnly = true)
	public long unreadCount(CurrentUser user) {
		return notifications.unread(user.id());
	}

	public Notification markRead(CurrentUser user, UUID id) {
		return notifications.markRead(user.id(), id, clock.instant())
			.orElseThrow(() -> DomainException.notFound("Notification"));
	}

	public int markAllRead(CurrentUser user) {
		return notifications.markAllRead(user.id(), clock.instant());
	}

	@Transactional(readOnly = true)
	public NotificationSettings settings(CurrentUser user) {
		return new NotificationSettings(settings.leadEmailDigest(user.id()));
	}

	/** Only merchants receive new leads, so only they can ask for the digest. */
	public NotificationSettings updateSettings(CurrentUser user, NotificationSettings requested) {
		if (requested.leadEmailDigest()) {
			user.require(Role.MERCHANT);
		}
		settings.saveLeadEmailDigest(user.id(), requested.leadEmailDigest(), clock.instant());
		return settings(user);
	}

}
