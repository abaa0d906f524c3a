package com.shareyoursales.leads.leads;

import com.shareyoursales.leads.leads.DecisionBatch.DecisionRequest;
import com.shareyoursales.leads.leads.IntakeBatch.Submission;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** Lead submissions, and lead decisions, that arrive together: each kind in one transaction ({@link Batcher}). */
@Configuration(proxyBeanMethods = false)
class LeadBatchers {

	@Bean
	Batcher<Submission> intakeBatcher(IntakeBatch intake, TransactionTemplate transactions, MeterRegistry meters) {
		return new Batcher<>("intake", intake::submit, transactions, meters);
	}

	@Bean
	Batcher<DecisionRequest> decisionBatcher(DecisionBatch decisions, TransactionTemplate transactions,
			MeterRegistry meters) {
		return new Batcher<>("decision", decisions::decide, transactions, meters);
	}

}
