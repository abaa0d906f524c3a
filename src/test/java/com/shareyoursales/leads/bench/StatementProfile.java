package com.shareyoursales.leads.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import com.shareyoursales.leads.support.ServiceProcess;

/**
 * Where the database's time goes during a benchmark (bench.statements=true): pg_stat_statements over the service's
 * database, nested statements included (track = all: the statements inside the ledger and rollup functions), with
 * how often each was planned (track_planning: a statement planned on every call shows plans = calls, see run 27), the
 * rows each table had written, and the time of each SQL and PL/pgSQL function. Times are wall-clock: under load they
 * include waiting for locks and for the CPU.
 */
final class StatementProfile {

	private StatementProfile() {
	}

	/** Starts counting now (after the warm-up). */
	static void reset(ServiceProcess service) throws SQLException {
		try (Connection connection = service.superuser(); Statement statement = connection.createStatement()) {
			statement.execute("create extension if not exists pg_stat_statements");
			statement.execute("select pg_stat_statements_reset()");
			statement.execute("select pg_stat_reset()");
		}
	}

	static void print(ServiceProcess service) throws SQLException {
		try (Connection connection = service.superuser(); Statement statement = connection.createStatement()) {
			System.out.printf("%nstatements of the service's database by total time (top level: t; nested: f)%n");
			System.out.printf("%9s %9s %10s %9s %9s %5s  %s%n", "calls", "plans", "total ms", "mean ms", "plan ms", "top",
					"statement");
			ResultSet statements = statement.executeQuery("""
					select calls, plans, total_exec_time, mean_exec_time, total_plan_time, toplevel,
					       left(regexp_replace(query, '\\s+', ' ', 'g'), 160)
					  from pg_stat_statements
					 where dbid = (select oid from pg_database where datname = current_database())
					 order by total_exec_time + total_plan_time desc limit 40""");
			while (statements.next()) {
				System.out.printf("%9d %9d %10.0f %9.3f %9.0f %5s  %s%n", statements.getLong(1), statements.getLong(2),
						statements.getDouble(3), statements.getDouble(4), statements.getDouble(5),
						statements.getBoolean(6) ? "t" : "f", statements.getString(7));
			}
			System.out.printf("%ntables by rows written (inserted, updated, of which HOT, deleted)%n%-36s %9s %9s %9s %9s%n",
					"table", "ins", "upd", "hot upd", "del");
			ResultSet tables = statement.executeQuery("""
					select schemaname || '.' || relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del
					  from pg_stat_user_tables where n_tup_ins + n_tup_upd + n_tup_del > 0
					 order by n_tup_ins + n_tup_upd + n_tup_del desc""");
			while (tables.next()) {
				System.out.printf("%-36s %9d %9d %9d %9d%n", tables.getString(1), tables.getLong(2), tables.getLong(3),
						tables.getLong(4), tables.getLong(5));
			}
			System.out.printf("%nfunctions by total time%n%-36s %9s %10s %10s%n", "function", "calls", "total ms", "self ms");
			ResultSet functions = statement.executeQuery("""
					select funcname, calls, total_time, self_time from pg_stat_user_functions
					 order by total_time desc limit 20""");
			while (functions.next()) {
				System.out.printf("%-36s %9d %10.0f %10.0f%n", functions.getString(1), functions.getLong(2),
						functions.getDouble(3), functions.getDouble(4));
			}
		}
	}

}
