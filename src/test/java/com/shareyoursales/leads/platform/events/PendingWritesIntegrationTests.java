package com.shareyoursales.leads.platform.events;

import java.util.ArrayList;
import java.util.List;

import com.shareyoursales.leads.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** What a listener leaves to its transaction is made once: at the publisher's flush, else just before commit. */
@IntegrationTest
class PendingWritesIntegrationTests {

	@Autowired
	PendingWrites pending;

	@Autowired
	TransactionTemplate transactions;

	private final List<List<String>> made = new ArrayList<>();

	@Test
	void theWritesOfATransactionAreMadeOnceAtItsFlushOrJustBeforeItCommits() {
		transactions.executeWithoutResult(status -> {
			leave("a");
			leave("b");
			assertThat(made).as("nothing made before the flush").isEmpty();
			pending.flush();
			assertThat(made).as("both additions in one write").containsExactly(List.of("a", "b"));
			leave("c");
		});
		assertThat(made).as("what was left after the flush, made before commit").containsExactly(List.of("a", "b"),
				List.of("c"));
	}

	@Test
	void aRolledBackTransactionDropsWhatWasLeft() {
		transactions.executeWithoutResult(status -> {
			leave("a");
			status.setRollbackOnly();
		});
		transactions.executeWithoutResult(status -> leave("b"));

		assertThat(made).as("the next transaction starts with nothing pending").containsExactly(List.of("b"));
	}

	@Test
	void outsideATransactionTheWriteIsMadeAtOnce() {
		leave("a");
		leave("b");

		assertThat(made).containsExactly(List.of("a"), List.of("b"));
	}

	private void leave(String item) {
		pending.leave(this, ArrayList<String>::new, list -> list.add(item), made::add);
	}

}
