package com.shareyoursales.leads.notifications.internal;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A push travels as JSON whose fixed prefix names its user, so an instance skips pushes for nobody it serves. */
class LiveWireTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void namesTheUserFirstAndStaysValidJson() {
		UUID user = UUID.randomUUID();

		String payload = LiveEvents.wire(user, json.writeValueAsString("lead"),
				json.writeValueAsString(Map.of("status", "PENDING")));

		assertThat(LiveListener.addresseeOf(payload)).isEqualTo(user);
		JsonNode parsed = json.readTree(payload);
		assertThat(parsed.path("u").asString()).isEqualTo(user.toString());
		assertThat(parsed.path("e").asString()).isEqualTo("lead");
		assertThat(parsed.path("d").path("status").asString()).isEqualTo("PENDING");
	}

	@Test
	void aReferenceNamesTheUserFirstAndTheRowInsteadOfItsData() {
		UUID user = UUID.randomUUID();
		UUID deposit = UUID.randomUUID();

		String payload = LiveEvents.reference(user, json.writeValueAsString("deposit"), deposit);

		assertThat(LiveListener.addresseeOf(payload)).isEqualTo(user);
		JsonNode parsed = json.readTree(payload);
		assertThat(parsed.path("e").asString()).isEqualTo("deposit");
		assertThat(parsed.path("r").asString()).isEqualTo(deposit.toString());
		assertThat(parsed.has("d")).isFalse();
	}

	@Test
	void readsNoUserFromAnotherForm() {
		assertThat(LiveListener.addresseeOf("{\"e\":\"lead\",\"u\":\"" + UUID.randomUUID() + "\"}")).isNull();
		assertThat(LiveListener.addresseeOf("{\"u\":\"not-a-uuid-at-all-but-36-characters!!\",\"e\":1}")).isNull();
		assertThat(LiveListener.addresseeOf("{\"u\":\"short\"}")).isNull();
	}

}
