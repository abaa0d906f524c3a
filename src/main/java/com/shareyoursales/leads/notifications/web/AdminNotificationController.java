package com.shareyoursales.leads.notifications.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.notifications.Channel;
import com.shareyoursales.leads.notifications.DeliveryStatus;
import com.shareyoursales.leads.notifications.internal.Deliveries;
import com.shareyoursales.leads.notifications.internal.Delivery;
import com.shareyoursales.leads.notifications.internal.DemoInbox;
import com.shareyoursales.leads.shared.BusinessTime;
import com.shareyoursales.leads.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/admin")
@Tag(name = "Admin: notifications", description = "What was sent, skipped or failed, and the demo inbox")
@Transactional(readOnly = true)
class AdminNotificationController {

	private final Deliveries deliveries;

	private final DemoInbox inbox;

	AdminNotificationController(Deliveries deliveries, DemoInbox inbox) {
		this.deliveries = deliveries;
		this.inbox = inbox;
	}

	@GetMapping("/notifications")
	@Operation(summary = "The outbox, newest first; filters by channel, status, user and business-day range")
	PageResponse<Delivery> log(CurrentUser user, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) DeliveryStatus status, @RequestParam(required = false) UUID userId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		user.require(Role.ADMIN);
		Deliveries.Filter filter = new Deliveries.Filter(channel, status, userId,
				from == null ? null : BusinessTime.startOfDay(from),
				to == null ? null : BusinessTime.startOfDay(to.plusDays(1)));
		return PageResponse.of(deliveries.log(filter, page, size), page, size, deliveries.count(filter));
	}

	@GetMapping("/notifications/{id}/attempts")
	@Operation(summary = "Every attempt to send one message, with the provider's answer")
	List<Deliveries.Attempt> attempts(CurrentUser user, @PathVariable UUID id) {
		user.require(Role.ADMIN);
		return deliveries.attempts(id);
	}

	@GetMapping("/inbox")
	@Operation(summary = "The demo profile's mailbox: the e-mails the service would have sent")
	List<DemoInbox.InboxMessage> inbox(CurrentUser user, @RequestParam(required = false) String recipient,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		user.require(Role.ADMIN);
		return inbox.latest(recipient, page, size);
	}

}
