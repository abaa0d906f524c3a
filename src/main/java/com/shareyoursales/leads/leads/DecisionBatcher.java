package com.shareyoursales.leads.leads;

import java.util.List;

import com.shareyoursales.leads.leads.DecisionBatch.DecisionRequest;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Lead decisions that arrive together, in one transaction ({@link DecisionBatch}). */
@Component
class DecisionBatcher extends Batcher<DecisionRequest> {

	private final DecisionBatch decisions;

	DecisionBatcher(DecisionBatch decisions, TransactionTemplate transactions, MeterRegistry meters) {
		super("decision", transactions, meters);
		this.decisions = decisions;
	}

	@Override
	List<Outcome> apply(List<DecisionRequest> requests) {
		return decisions.decide(requests);
	}

}
