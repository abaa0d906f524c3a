package com.shareyoursales.leads.notifications.internal;

import java.util.EnumSet;
import java.util.Set;

import com.shareyoursales.leads.notifications.Channel;
import com.shareyoursales.leads.shared.AlertLevel;

/** SPEC "Alert levels": the channels on which a merchant is told that its deposit reached a level. */
public final class AlertChannels {

	private AlertChannels() {
	}

	public static Set<Channel> forLevel(AlertLevel level) {
		return switch (level) {
			case HEALTHY -> EnumSet.noneOf(Channel.class);
			case ATTENTION -> EnumSet.of(Channel.DASHBOARD);
			case WARNING -> EnumSet.of(Channel.EMAIL, Channel.DASHBOARD);
			case CRITICAL, DEPLETED -> EnumSet.allOf(Channel.class);
		};
	}

	/** Levels that are reminded (at most every 24 h) until a credit starts a new funding cycle. */
	public static boolean reminded(AlertLevel level) {
		return level == AlertLevel.CRITICAL || level == AlertLevel.DEPLETED;
	}

}
