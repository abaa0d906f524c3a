package com.shareyoursales.leads.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.TransactionAttribute;

/**
 * Opens every transaction by telling PostgreSQL who is asking ({@code app.user_id}, {@code app.role}, local to
 * the transaction), so that the row-level security policies filter every statement, whatever code path runs it;
 * in the same statement, the settings its {@link TransactionLabels} ask for: a transaction that need not wait for the
 * disk flush says so (see {@link #noFlushWait}), one whose statements are best planned once asks for generic plans.
 */
class RowSecurityTransactionManager extends JdbcTransactionManager {

	/**
	 * Spring Modulith's registry marks each publication PROCESSING before its listener runs and COMPLETED (or FAILED)
	 * after it, each in a REQUIRES_NEW transaction of its own: two commits per event and listener. Losing one in a
	 * crash only leaves the publication incomplete, so it is republished at restart: every listener already takes
	 * that at-least-once delivery (dedupe keys, idempotent guards), since a crash between its commit and the mark
	 * has the same effect.
	 */
	// matched by name (NoFlushWaitTests pins it): renamed by a Modulith upgrade, they would only wait again
	private static final String PUBLICATION_MARKS = "org.springframework.modulith.events.core"
			+ ".DefaultEventPublicationRegistry.mark";

	/** What {@link TransactionLabels#GENERIC_PLANS} sets, for its transaction only (the javadoc there says why). */
	private static final String GENERIC_PLANS_SETTINGS = ", set_config('plan_cache_mode', 'force_generic_plan', true),"
			+ " set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true)";

	RowSecurityTransactionManager(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
			throws SQLException {
		super.prepareTransactionalConnection(connection, definition);
		RowSecurity.Principal principal = RowSecurity.currentPrincipal();
		// a transaction without these labels keeps the server's synchronous_commit (on for a durable database),
		// plan_cache_mode (auto), enable_seqscan (on) and jit
		String settings = "select set_config('app.user_id', ?, true), set_config('app.role', ?, true)"
				+ (noFlushWait(definition) ? ", set_config('synchronous_commit', 'off', true)" : "")
				+ (labeled(definition, TransactionLabels.GENERIC_PLANS) ? GENERIC_PLANS_SETTINGS : "");
		try (PreparedStatement statement = connection.prepareStatement(settings)) {
			statement.setString(1, principal.userId());
			statement.setString(2, principal.role());
			statement.execute();
		}
	}

	static boolean noFlushWait(TransactionDefinition definition) {
		return labeled(definition, TransactionLabels.NO_FLUSH_WAIT)
				|| definition.getName() != null && definition.getName().startsWith(PUBLICATION_MARKS);
	}

	private static boolean labeled(TransactionDefinition definition, String label) {
		return definition instanceof TransactionAttribute attribute && attribute.getLabels().contains(label);
	}

}
