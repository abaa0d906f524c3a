package com.shareyoursales.leads.notifications;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.shareyoursales.leads.support.ApiClient;
import com.shareyoursales.leads.support.TestActors;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.shareyoursales.leads.support.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

/** Reads what was told to whom (in a system transaction, as RLS requires), and moves deposits through the admin API. */
@TestComponent
public class Outboxes {

	public record Row(Channel channel, DeliveryStatus status, String address, String lastError, int attempts,
			String providerId) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TestActors actors;

	Outboxes(JdbcClient jdbc, TransactionTemplate transactions, TestActors actors) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.actors = actors;
	}

	/** The channels on which the user was told this type: DASHBOARD for a notification row, the outbox for others. */
	public Set<Channel> channels(UUID userId, String type) {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		if (dashboard(userId, type) > 0) {
			channels.add(Channel.DASHBOARD);
		}
		deliveries(userId, type).forEach(row -> channels.add(row.channel()));
		return channels;
	}

	public long dashboard(UUID userId, String type) {
		return transactions.execute(status -> jdbc
			.sql("select count(*) from notifications where user_id = :user and type = :type")
			.param("user", userId)
			.param("type", type)
			.query(Long.class)
			.single());
	}

	public List<Row> deliveries(UUID userId, String type) {
		return transactions.execute(status -> jdbc.sql("""
				select channel, status, address, last_error, attempts, provider_id from notification_deliveries
				 where user_id = :user and type = :type order by channel""")
			.param("user", userId)
			.param("type", type)
			.query((rs, row) -> new Row(Channel.valueOf(rs.getString("channel")),
					DeliveryStatus.valueOf(rs.getString("status")), rs.getString("address"),
					rs.getString("last_error"), rs.getInt("attempts"), rs.getString("provider_id")))
			.list());
	}

	public boolean allSettled(UUID userId, String type) {
		List<Row> rows = deliveries(userId, type);
		return !rows.isEmpty() && rows.stream().noneMatch(row -> row.status() == DeliveryStatus.PENDING);
	}

	/** Event publications naming this id (a deposit's, a user's) whose listeners have not all completed yet. */
	public long incompletePublications(UUID about) {
		return transactions.execute(status -> jdbc
			.sql("select count(*) from event_publication where completion_date is null and serialized_event like :id")
			.param("id", "%" + about + "%")
			.query(Long.class)
			.single());
	}

	/** An admin's adjustment of the deposit through the API (moves the level like any ledger movement). */
	public void adjust(UUID depositId, String amount) {
		ApiClient.Response response = actors.api()
			.post("/api/leads/deposits/" + depositId + "/adjustments", body("amount", amount, "reason", "test"),
					actors.admin().token());
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
	}

	public static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(TestChannels.greenMail().getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(RecipientType.TO))
					.anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The text parts of an e-mail by content type ("text/plain", "text/html"). */
	public static Map<String, String> parts(MimeMessage message) {
		Map<String, String> parts = new LinkedHashMap<>();
		try {
			collect(message, parts);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return parts;
	}

	private static void collect(Part part, Map<String, String> parts) throws Exception {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			List<BodyPart> children = new ArrayList<>();
			for (int i = 0; i < multipart.getCount(); i++) {
				children.add(multipart.getBodyPart(i));
			}
			for (BodyPart child : children) {
				collect(child, parts);
			}
		}
		else if (part.isMimeType("text/plain")) {
			parts.put("text/plain", (String) part.getContent());
		}
		else if (part.isMimeType("text/html")) {
			parts.put("text/html", (String) part.getContent());
		}
	}

}
