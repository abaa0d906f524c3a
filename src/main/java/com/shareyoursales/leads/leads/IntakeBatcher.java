package com.shareyoursales.leads.leads;

import java.util.List;

import com.shareyoursales.leads.leads.IntakeBatch.Submission;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Lead submissions that arrive together, in one intake transaction ({@link IntakeBatch}). */
@Component
class IntakeBatcher extends Batcher<Submission> {

	private final IntakeBatch intake;

	IntakeBatcher(IntakeBatch intake, TransactionTemplate transactions, MeterRegistry meters) {
		super("intake", transactions, meters);
		this.intake = intake;
	}

	@Override
	List<Outcome> apply(List<Submission> submissions) {
		return intake.submit(submissions);
	}

}
