package com.shareyoursales.leads.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Opens every transaction by telling PostgreSQL who is asking ({@code app.user_id}, {@code app.role}, local to
 * the transaction), so that the row-level security policies filter every statement, whatever code path runs it.
 */
class RowSecurityTransactionManager extends JdbcTransactionManager {

	RowSecurityTransactionManager(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
			throws SQLException {
		super.prepareTransactionalConnection(connection, definition);
		RowSecurity.Principal principal = RowSecurity.currentPrincipal();
		try (PreparedStatement statement = connection
			.prepareStatement("select set_config('app.user_id', ?, true), set_config('app.role', ?, true)")) {
			statement.setString(1, principal.userId());
			statement.setString(2, principal.role());
			statement.execute();
		}
	}

}
