package com.shareyoursales.leads.payments;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.payments.PaymentFixtures.Started;
import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static com.shareyoursales.leads.support.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ReceiptIntegrationTests extends PaymentIntegrationTest {

	@Autowired
	Environment environment;

	@Autowired
	Receipts receipts;

	@Test
	void aFrenchReceiptCarriesItsNumberAmountInFiguresAndWordsAndMethod() throws IOException {
		// given
		Actor merchant = actors.merchant();
		Started started = PaymentFixtures.openDeposit(api, merchant, "1234.50", "BANK_TRANSFER");
		Response confirmed = api.post("/api/payments/" + started.paymentId() + "/confirm", null, actors.admin().token());
		String number = confirmed.json().path("receiptNumber").asString();

		// when
		String text = text(download(started.paymentId(), merchant.token()).body());

		// then
		assertThat(number).matches("RCP-" + Year.now(ZoneId.of("Africa/Casablanca")) + "-\\d{6}");
		assertThat(text).contains("Reçu de paiement", number, "1234.50 MAD", "Virement bancaire",
				"mille deux cent trente-quatre dirhams et cinquante centimes",
				confirmed.json().path("externalKey").asString(), "Africa/Casablanca", "ShareYourSales");
	}

	@Test
	void anArabicReceiptShowsTheMerchantsArabicNameReadableAgain() throws IOException {
		// given
		String email = "arabe-" + UUID.randomUUID() + "@test.ma";
		Response registered = api.post("/api/auth/register", body("email", email, "password", "password-123", "role",
				"MERCHANT", "displayName", "أمينة", "phone", "0612345678", "locale", "ar", "companyName",
				"مصحة الأمل"), null);
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		Actor merchant = actors.login(email, "password-123");
		Started started = PaymentFixtures.openDeposit(api, merchant, "300.00", "BANK_TRANSFER");
		String number = api.post("/api/payments/" + started.paymentId() + "/confirm", null, actors.admin().token())
			.json()
			.path("receiptNumber")
			.asString();

		// when
		String text = Normalizer.normalize(text(download(started.paymentId(), merchant.token()).body()),
				Normalizer.Form.NFKC);

		// then
		assertThat(text).contains(number, "300.00 MAD", "مصحة الأمل", "وصل أداء", "تحويل بنكي", "البريد الإلكتروني",
				"ثلاثمائة درهم");
	}

	@Test
	void receiptNumbersHaveNoGapsUnderConcurrentCredits() throws Exception {
		// given
		List<Started> payments = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			payments.add(PaymentFixtures.openDeposit(api, actors.merchant(), "10.00", "BANK_TRANSFER"));
		}
		String admin = actors.admin().token();
		java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

		// when
		List<Integer> statuses = Concurrently.run(8, () -> api
			.post("/api/payments/" + payments.get(next.getAndIncrement()).paymentId() + "/confirm", null, admin)
			.status());

		// then
		assertThat(statuses).containsOnly(200);
		List<Integer> numbers = database.inTransaction(() -> jdbc.sql("""
				select cast(substring(receipt_number from 10) as integer) from payments
				 where receipt_number like :prefix order by 1""")
			.param("prefix", "RCP-" + Year.now(ZoneId.of("Africa/Casablanca")) + "-%")
			.query(Integer.class)
			.list());
		assertThat(numbers).hasSizeGreaterThanOrEqualTo(8);
		for (int i = 0; i < numbers.size(); i++) {
			assertThat(numbers.get(i)).isEqualTo(i + 1);
		}
	}

	@Test
	void onlyTheOwnerOrAnAdminDownloadsAReceiptOfACreditedPayment() {
		// given
		Actor merchant = actors.merchant();
		Started pending = PaymentFixtures.openDeposit(api, merchant, "55.00", "BANK_TRANSFER");
		Started credited = PaymentFixtures.recharge(api, merchant, pending.depositId(), "44.00", "BANK_TRANSFER",
				false);
		api.post("/api/payments/" + credited.paymentId() + "/confirm", null, actors.admin().token());

		// when / then
		assertThat(download(credited.paymentId(), merchant.token()).statusCode()).isEqualTo(200);
		assertThat(download(credited.paymentId(), actors.admin().token()).statusCode()).isEqualTo(200);
		assertThat(download(credited.paymentId(), actors.merchant().token()).statusCode()).isEqualTo(404);
		assertThat(download(credited.paymentId(), actors.influencer().token()).statusCode()).isEqualTo(403);
		assertThat(download(credited.paymentId(), null).statusCode()).isEqualTo(401);
		assertThat(download(pending.paymentId(), merchant.token()).statusCode()).isEqualTo(404);
		assertThat(receipts.forPayment(credited.paymentId())).hasValueSatisfying(
				receipt -> assertThat(receipt.pdf()).startsWith("%PDF".getBytes()));
		assertThat(receipts.forPayment(pending.paymentId())).isEmpty();
	}

	private HttpResponse<byte[]> download(UUID paymentId, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
				"http://localhost:" + environment.getProperty("local.server.port") + "/api/payments/" + paymentId
						+ "/receipt.pdf"));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
