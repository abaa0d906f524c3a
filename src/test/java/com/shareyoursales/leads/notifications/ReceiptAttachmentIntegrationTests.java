package com.shareyoursales.leads.notifications;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.TestActors;
import com.shareyoursales.leads.support.TestActors.Actor;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.shareyoursales.leads.support.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Issue 5: the e-mail confirming a credited payment carries the payment's PDF receipt, received by real SMTP. */
@ChannelIntegrationTest
class ReceiptAttachmentIntegrationTests {

	@Autowired
	TestActors actors;

	@Test
	void theCreditConfirmationCarriesThePdfReceiptNamedByItsNumber() throws Exception {
		// given a merchant who opened its deposit with a bank transfer
		Actor merchant = actors.signUp("MERCHANT", "en");
		Response started = actors.api()
			.post("/api/leads/deposits/create", body("amount", "750.00", "method", "BANK_TRANSFER"),
					merchant.token());
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		String paymentId = started.json().path("payment").path("id").asString();

		// when an admin confirms the transfer (the deposit is credited, the receipt numbered)
		Response confirmed = actors.api().post("/api/payments/" + paymentId + "/confirm", null, actors.admin().token());
		assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
		String number = confirmed.json().path("receiptNumber").asString();

		// then the confirmation e-mail arrives with one PDF attachment named by the receipt number
		await().atMost(Duration.ofSeconds(20))
			.until(() -> Outboxes.mailsTo(merchant.email())
				.stream()
				.anyMatch(mail -> DepositAlertsIntegrationTests.subject(mail)
					.equals("Deposit credited with 750.00 MAD")));
		MimeMessage mail = Outboxes.mailsTo(merchant.email())
			.stream()
			.filter(message -> DepositAlertsIntegrationTests.subject(message)
				.equals("Deposit credited with 750.00 MAD"))
			.findFirst()
			.orElseThrow();
		List<Part> attachments = new ArrayList<>();
		collectAttachments(mail, attachments);
		assertThat(attachments).hasSize(1);
		Part receipt = attachments.get(0);
		assertThat(receipt.getFileName()).isEqualTo(number + ".pdf");
		assertThat(receipt.isMimeType("application/pdf")).isTrue();
		assertThat(bytes(receipt)).startsWith("%PDF".getBytes());
		assertThat(Outboxes.parts(mail).get("text/plain")).contains("750.00 MAD");
	}

	private static void collectAttachments(Part part, List<Part> attachments) throws Exception {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				collectAttachments(multipart.getBodyPart(i), attachments);
			}
		}
		else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			attachments.add(part);
		}
	}

	private static byte[] bytes(Part part) throws Exception {
		try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			in.transferTo(out);
			return out.toByteArray();
		}
	}

}
