package com.shareyoursales.leads.notifications.internal;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static com.shareyoursales.leads.notifications.Channel.DASHBOARD;
import static com.shareyoursales.leads.notifications.Channel.EMAIL;
import static com.shareyoursales.leads.notifications.Channel.SMS;
import static com.shareyoursales.leads.notifications.Channel.WHATSAPP;
import static com.shareyoursales.leads.shared.AlertLevel.ATTENTION;
import static com.shareyoursales.leads.shared.AlertLevel.CRITICAL;
import static com.shareyoursales.leads.shared.AlertLevel.DEPLETED;
import static com.shareyoursales.leads.shared.AlertLevel.HEALTHY;
import static com.shareyoursales.leads.shared.AlertLevel.WARNING;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC "Alert levels", the channels column, level by level. */
class AlertChannelsTests {

	@Test
	void healthyTellsNobody() {
		assertThat(AlertChannels.forLevel(HEALTHY)).isEmpty();
	}

	@Test
	void attentionIsShownOnTheDashboardOnly() {
		assertThat(AlertChannels.forLevel(ATTENTION)).containsExactlyInAnyOrder(DASHBOARD);
	}

	@Test
	void warningIsEmailedAndShown() {
		assertThat(AlertChannels.forLevel(WARNING)).containsExactlyInAnyOrder(EMAIL, DASHBOARD);
	}

	@Test
	void criticalGoesToEveryChannel() {
		assertThat(AlertChannels.forLevel(CRITICAL)).containsExactlyInAnyOrder(EMAIL, SMS, WHATSAPP, DASHBOARD);
	}

	@Test
	void depletedGoesToEveryChannel() {
		assertThat(AlertChannels.forLevel(DEPLETED)).isEqualTo(EnumSet.of(EMAIL, SMS, WHATSAPP, DASHBOARD));
	}

	@Test
	void onlyCriticalAndDepletedAreReminded() {
		assertThat(EnumSet.allOf(com.shareyoursales.leads.shared.AlertLevel.class)
			.stream()
			.filter(AlertChannels::reminded)).containsExactly(CRITICAL, DEPLETED);
	}

}
