package com.shareyoursales.leads.payments.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vectors written by hand from CMI's kit description (sorted names, escaped values joined by |, escaped store key
 * last); the expected hashes were computed apart from this code (Python's hashlib: base64 of the SHA-512 digest).
 */
class CmiHashTests {

	static final String STORE_KEY = "TEST|store\\key";

	@Test
	void hashesARequestWithPipesAndBackslashesAsTheKitDoes() {
		// given
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("oid", "LDS-1");
		fields.put("clientid", "600000000");
		fields.put("BillToName", "Ali | Co\\");
		fields.put("amount", " 100.00 ");
		fields.put("encoding", "UTF-8");
		fields.put("currency", "504");
		fields.put("HASH", "ignored");

		// when
		String plain = CmiHash.plaintext(fields, STORE_KEY, String::trim);
		String hash = CmiHash.ofRequest(fields, STORE_KEY);

		// then
		assertThat(plain).isEqualTo("100.00|Ali \\| Co\\\\|600000000|504|LDS-1|TEST\\|store\\\\key");
		assertThat(hash)
			.isEqualTo("o69tTc2aaBwahdi8PAbW3yG48NNzsVVpIHGYShMgN2Sui1nqZPz3Vdf6fmP/vvfELnKVWKkdy18UG7RPIGSNnQ==");
	}

	@Test
	void decodesHtmlEntitiesAndOneTrailingNewlineOfCallbackValues() {
		// given
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("TransId", "abc\n\n");
		fields.put("Response", "Approved");
		fields.put("ProcReturnCode", "00");
		fields.put("oid", "LDS-2");
		fields.put("BillToName", "O&#39;Brien &amp; Fils\n");
		fields.put("amount", "100.00");
		fields.put("hash", "ignored");

		// when
		String hash = CmiHash.ofCallback(fields, STORE_KEY);

		// then
		assertThat(CmiHash.plaintext(fields, STORE_KEY, CmiHash::callbackValue))
			.isEqualTo("100.00|O'Brien & Fils|LDS-2|00|Approved|abc\n|TEST\\|store\\\\key");
		assertThat(hash)
			.isEqualTo("Vjeqlz1HHoR1Lm2Vw6YqfXCzGI1jaktKZFf8jBOts20a/WW8jWUzh/NddeYN9HShHbGnAtyZXyOGEaaJqOExrw==");
	}

	@Test
	void sortsFieldNamesCaseInsensitivelyInNaturalOrder() {
		// given
		List<String> names = new ArrayList<>(List.of("field10", "Field2", "amount", "field1", "BillToName", "AMOUNT2"));

		// when
		names.sort(NaturalOrder.CASE_INSENSITIVE);

		// then
		assertThat(names).containsExactly("amount", "AMOUNT2", "BillToName", "field1", "Field2", "field10");
	}

	@Test
	void comparesHashesExactly() {
		assertThat(CmiHash.matches("abc==", "abc==")).isTrue();
		assertThat(CmiHash.matches("abc==", "abd==")).isFalse();
		assertThat(CmiHash.matches("abc==", null)).isFalse();
	}

}
