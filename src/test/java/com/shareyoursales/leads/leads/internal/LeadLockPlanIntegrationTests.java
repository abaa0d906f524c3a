package com.shareyoursales.leads.leads.internal;

import java.util.List;

import com.shareyoursales.leads.platform.database.LabeledTransactionTemplate;
import com.shareyoursales.leads.platform.database.TransactionLabels;
import com.shareyoursales.leads.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan a decision batch keeps for its lead lock (a generic plan, kept for the connection's life) finds the leads
 * by their key even when it was made while the table looked empty: a new service plans its batches on empty tables.
 */
@IntegrationTest
class LeadLockPlanIntegrationTests {

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBatchPlansTheLeadLockOnAnEmptyTableAsAnIndexScan() {
		String plan = genericPlanOnAnEmptyLeadsTable(
				new LabeledTransactionTemplate(transactionManager, TransactionLabels.GENERIC_PLANS));

		assertThat(plan).contains("Index Scan on leads_pkey").doesNotContain("Seq Scan on leads"); // a bitmap index scan
	}

	@Test
	void withoutTheLabelsSettingsTheSameGenericPlanScansTheWholeTable() {
		// the case the label guards against: a generic plan made without enable_seqscan = off, as batches made it before
		String plan = genericPlanOnAnEmptyLeadsTable(new TransactionTemplate(transactionManager));

		assertThat(plan).contains("Seq Scan on leads");
	}

	/**
	 * The generic plan of the lead lock's own statement, in a transaction of the given kind, on an empty copy of
	 * {@code leads} (a temporary table of that name comes first in the search path) that was never analyzed.
	 */
	private String genericPlanOnAnEmptyLeadsTable(TransactionTemplate transaction) {
		return transaction.execute(status -> {
			jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
			jdbc.sql("create temporary table leads (like public.leads including all) on commit drop").update();
			jdbc.sql("prepare lead_lock(uuid[]) as " + LeadRows.LOCK.replace(":ids", "$1")).update();
			try {
				return String.join("\n", jdbc.sql("explain execute lead_lock(null)").query(String.class).list());
			}
			finally {
				jdbc.sql("deallocate lead_lock").update();
			}
		});
	}

}
