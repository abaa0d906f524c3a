package com.shareyoursales.leads.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.shareyoursales.leads.notifications.Channel;
import com.shareyoursales.leads.notifications.DeliveryStatus;
import com.shareyoursales.leads.notifications.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox every few seconds. Each round locks its messages with SKIP LOCKED, so several instances share
 * the work and never send a message twice; a failure is retried with exponential back-off (base, 2×, 4×...) up to
 * the maximum attempts, then FAILED; a message its channel cannot send is SKIPPED with the reason. Every attempt is
 * recorded with the provider's answer.
 */
@Component
public class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private final Deliveries deliveries;

	private final Map<Channel, ChannelSender> senders;

	private final TransactionTemplate transactions;

	private final NotificationProperties.Dispatch settings;

	private final Clock clock;

	Dispatcher(Deliveries deliveries, List<ChannelSender> senders, TransactionTemplate transactions,
			NotificationProperties properties, Clock clock) {
		this.deliveries = deliveries;
		this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
		this.transactions = transactions;
		this.settings = properties.dispatch();
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${leads.notifications.dispatch.interval:PT2S}", initialDelayString = "PT2S")
	public void dispatch() {
		int handled;
		do {
			handled = round();
		}
		while (handled == settings.batchSize());
	}

	/** Sends one batch of due messages in one transaction; returns how many were handled. */
	int round() {
		Integer handled = transactions.execute(status -> {
			List<Delivery> due = deliveries.lockDue(clock.instant(), settings.batchSize());
			due.forEach(this::attempt);
			return due.size();
		});
		return handled == null ? 0 : handled;
	}

	private void attempt(Delivery delivery) {
		ChannelSender sender = senders.get(delivery.channel());
		Instant now = clock.instant();
		Optional<String> skip = sender == null ? Optional.of("No sender for " + delivery.channel())
				: sender.skipReason(delivery);
		if (skip.isPresent()) {
			deliveries.record(delivery, DeliveryStatus.SKIPPED, skip.get(), null, null, now, now);
			return;
		}
		try {
			ChannelSender.Sent sent = sender.send(delivery);
			deliveries.record(delivery, DeliveryStatus.SENT, null, sent.response(), sent.providerId(), now, now);
		}
		catch (ChannelSender.SendFailed ex) {
			boolean last = ex.permanent() || delivery.attempts() + 1 >= settings.maxAttempts();
			log.warn("{} message {} failed (attempt {}): {}", delivery.channel(), delivery.id(),
					delivery.attempts() + 1, ex.getMessage());
			deliveries.record(delivery, last ? DeliveryStatus.FAILED : DeliveryStatus.PENDING, ex.getMessage(),
					ex.response(), null, now.plus(backOff(delivery.attempts() + 1)), now);
		}
	}

	/** The wait after the n-th failed attempt: base × 2^(n−1), at most a day. */
	Duration backOff(int failedAttempts) {
		Duration wait = settings.retryBase().multipliedBy(1L << Math.min(failedAttempts - 1, 20));
		return wait.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : wait;
	}

}
