package com.shareyoursales.leads.leads;

import com.shareyoursales.leads.leads.LeadBatch.LeadRequest;
import com.shareyoursales.leads.platform.database.LabeledTransactionTemplate;
import com.shareyoursales.leads.platform.database.TransactionLabels;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Lead submissions and decisions that arrive together: one transaction for all of them ({@link Batcher}). */
@Configuration(proxyBeanMethods = false)
class LeadBatchers {

	/** A batch's statements take its leads as arrays: planned once, not on every batch (TransactionLabels). */
	@Bean
	Batcher<LeadRequest> leadBatcher(LeadBatch batch, @Value("${leads.batch.threads:2}") int threads,
			PlatformTransactionManager transactionManager, MeterRegistry meters) {
		return new Batcher<>("lead", batch::run, threads,
				new LabeledTransactionTemplate(transactionManager, TransactionLabels.GENERIC_PLANS), meters);
	}

}
