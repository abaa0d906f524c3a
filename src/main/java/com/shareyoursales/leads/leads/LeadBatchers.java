package com.shareyoursales.leads.leads;

import com.shareyoursales.leads.leads.LeadBatch.LeadRequest;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** Lead submissions and decisions that arrive together: one transaction for all of them ({@link Batcher}). */
@Configuration(proxyBeanMethods = false)
class LeadBatchers {

	@Bean
	Batcher<LeadRequest> leadBatcher(LeadBatch batch, @Value("${leads.batch.threads:2}") int threads,
			TransactionTemplate transactions, MeterRegistry meters) {
		return new Batcher<>("lead", batch::run, threads, transactions, meters);
	}

}
