package com.shareyoursales.leads.notifications.web;

import java.util.Map;
import java.util.UUID;

import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.notifications.Notification;
import com.shareyoursales.leads.notifications.NotificationSettings;
import com.shareyoursales.leads.notifications.UserNotifications;
import com.shareyoursales.leads.notifications.internal.LiveStreams;
import com.shareyoursales.leads.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Validated
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "The signed-in user's dashboard notifications and live stream")
class NotificationController {

	private final UserNotifications notifications;

	private final LiveStreams streams;

	NotificationController(UserNotifications notifications, LiveStreams streams) {
		this.notifications = notifications;
		this.streams = streams;
	}

	@GetMapping
	@Operation(summary = "The user's notifications, unread first, then newest first")
	PageResponse<Notification> list(CurrentUser user, @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return notifications.page(user, page, size);
	}

	@GetMapping("/unread-count")
	@Operation(summary = "How many notifications the user has not read")
	Map<String, Long> unreadCount(CurrentUser user) {
		return Map.of("count", notifications.unreadCount(user));
	}

	@PutMapping("/{id}/read")
	@Operation(summary = "Marks one of the user's notifications read (another user's: 404)")
	Notification read(CurrentUser user, @PathVariable UUID id) {
		return notifications.markRead(user, id);
	}

	@PutMapping("/read-all")
	@Operation(summary = "Marks all of the user's notifications read")
	Map<String, Integer> readAll(CurrentUser user) {
		return Map.of("updated", notifications.markAllRead(user));
	}

	@GetMapping("/settings")
	@Operation(summary = "The user's notification preferences")
	NotificationSettings settings(CurrentUser user) {
		return notifications.settings(user);
	}

	@PutMapping("/settings")
	@Operation(summary = "Changes the preferences (leadEmailDigest: a merchant's daily e-mail of new leads)")
	NotificationSettings updateSettings(CurrentUser user, @RequestBody NotificationSettings settings) {
		return notifications.updateSettings(user, settings);
	}

	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Server-Sent Events: 'notification', 'deposit' (balance JSON) and 'lead' ({id,status}); "
			+ "a browser's EventSource passes the token as ?access_token=")
	SseEmitter stream(CurrentUser user) {
		return streams.open(user.id());
	}

}
