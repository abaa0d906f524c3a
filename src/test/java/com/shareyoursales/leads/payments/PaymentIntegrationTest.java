package com.shareyoursales.leads.payments;

import com.shareyoursales.leads.support.ApiClient;
import com.shareyoursales.leads.support.TestActors;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** What every payments integration test uses: the actors, the API and the stored state to assert. */
abstract class PaymentIntegrationTest {

	@Autowired
	TestActors actors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	ApiClient api;

	PaymentDatabase database;

	@BeforeEach
	void connect() {
		api = actors.api();
		database = new PaymentDatabase(jdbc, transactions);
	}

}
