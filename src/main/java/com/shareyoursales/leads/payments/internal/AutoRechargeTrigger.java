package com.shareyoursales.leads.payments.internal;

import com.shareyoursales.leads.deposits.DepositLevelChanged;
import com.shareyoursales.leads.payments.AutoRecharges;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Starts an auto-recharge when a deposit's level reaches its rule's trigger. Idempotent under redelivery: the
 * one-in-flight and three-a-day guards refuse a repeated attempt.
 */
@Component
class AutoRechargeTrigger {

	private final AutoRecharges autoRecharges;

	AutoRechargeTrigger(AutoRecharges autoRecharges) {
		this.autoRecharges = autoRecharges;
	}

	@ApplicationModuleListener
	void on(DepositLevelChanged change) {
		autoRecharges.onLevelChanged(change);
	}

}
