package com.shareyoursales.leads.notifications.internal;

import com.shareyoursales.leads.deposits.DepositCredited;
import com.shareyoursales.leads.deposits.DepositLevelChanged;
import com.shareyoursales.leads.notifications.DepositAlerts;
import com.shareyoursales.leads.platform.events.ReplayableListener;

import org.springframework.stereotype.Component;

/**
 * Deposit events, after their transaction committed (at least once; replays add nothing thanks to the dedupe keys).
 * Payments' events (PaymentSucceeded, AutoRechargeFailed) get their own listener class beside this one.
 */
@Component
class DepositListeners {

	private final DepositAlerts alerts;

	private final LiveUpdates live;

	DepositListeners(DepositAlerts alerts, LiveUpdates live) {
		this.alerts = alerts;
		this.live = live;
	}

	@ReplayableListener
	void on(DepositLevelChanged event) {
		if (event.worsened()) {
			alerts.alert(event.depositId(), event.current());
		}
		live.deposit(event.depositId(), event.merchantId());
	}

	@ReplayableListener
	void on(DepositCredited event) {
		alerts.credited(event);
		live.deposit(event.depositId(), event.merchantId());
	}

}
