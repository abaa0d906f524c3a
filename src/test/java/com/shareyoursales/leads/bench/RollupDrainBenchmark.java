package com.shareyoursales.leads.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.shareyoursales.leads.support.ThrowawayPostgres;

/**
 * Not a test: times one background drain of the analytics rollup queue ({@code apply_lead_rollup_deltas}) on a
 * throw-away embedded database, as the current migration defines it and as V42 did (every change spread over its
 * rollup rows before any sum), on the changes of N lead operations (70 % submissions, 30 % decisions) of one merchant
 * (hot) and of 200 merchants (spread), with the rollup rows already there (as under load). The two versions run
 * alternately; it prints the median and p95 per version, shape and size, the rollup rows touched, and whether both
 * versions wrote the same three tables from empty.
 *
 * <pre>
 * ./mvnw -q -B -Dskip.frontend=true test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.shareyoursales.leads.bench.RollupDrainBenchmark -Dexec.args="700 3500"
 * </pre>
 */
public final class RollupDrainBenchmark {

	private static final String TABLES = "lead_rollups, lead_breakdown_rollups, lead_decision_rollups";

	/** The changes of {@code ops} lead operations spread over {@code merchants} merchants, each with two influencers. */
	private static final String CHANGES = """
			create temp table changes_%1$s as
			with ms as (select n, gen_random_uuid() as merchant, gen_random_uuid() as campaign
			              from generate_series(1, %2$s) n),
			     infs as (select n, gen_random_uuid() as inf from generate_series(1, 20) n),
			     ops as (select 1 + (random() * 100000)::int %% %2$s as mi, random() < 0.7 as submit,
			                    random() < 0.5 as validate, (random() * 100)::int %% 2 as ii,
			                    (array['OTHER', 'INSTAGRAM'])[1 + (random() * 10)::int %% 2] as src,
			                    (array['Casablanca', 'Rabat', 'Fes'])[1 + (random() * 10)::int %% 3] as city
			               from generate_series(1, %3$s)),
			     keyed as (select o.*, ms.merchant, ms.campaign, infs.inf
			                 from ops o join ms on ms.n = o.mi join infs on infs.n = 1 + (o.mi * 2 + o.ii) %% 20)
			select array_agg(x.d) as a from (
			  select row(gen_random_uuid(), merchant, inf, campaign, current_date, 'PENDING', src, city, 50.00, 500.00,
			             null, 1)::lead_rollup_delta as d from keyed where submit
			  union all
			  select row(gen_random_uuid(), merchant, inf, campaign, current_date, 'PENDING', src, city, 50.00, 500.00,
			             null, -1)::lead_rollup_delta from keyed where not submit
			  union all
			  select row(gen_random_uuid(), merchant, inf, campaign, current_date,
			             case when validate then 'VALIDATED' else 'REJECTED' end, src, city, 50.00, 500.00, 60,
			             1)::lead_rollup_delta from keyed where not submit) x
			""";

	private RollupDrainBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<Integer> sizes = new ArrayList<>();
		for (String arg : args.length == 0 ? new String[] { "700", "3500" } : args) {
			sizes.add(Integer.parseInt(arg));
		}
		int rounds = Integer.getInteger("bench.rounds", 5);
		int tries = Integer.getInteger("bench.tries", 5);
		try (ThrowawayPostgres postgres = ThrowawayPostgres.migrated(); Connection db = postgres.systemConnection();
				Statement sql = db.createStatement()) {
			Map<String, String> versions = new LinkedHashMap<>();
			versions.put("per change (V42)", function("db/migration/V42__analytics_rollups_status_columns.sql"));
			versions.put("per key (now)   ", currentFunction(sql));
			List<String> shapes = new ArrayList<>();
			for (int size : sizes) {
				sql.execute(CHANGES.formatted("hot_" + size, 1, size));
				sql.execute(CHANGES.formatted("spread_" + size, 200, size));
				shapes.add("hot_" + size);
				shapes.add("spread_" + size);
			}
			Map<String, List<Long>> micros = new LinkedHashMap<>();
			Map<String, String> contents = new LinkedHashMap<>();
			Map<String, Long> rows = new LinkedHashMap<>();
			db.setAutoCommit(false);
			for (int round = 0; round < rounds; round++) {
				for (Map.Entry<String, String> version : versions.entrySet()) {
					sql.execute(version.getValue());
					db.commit();
					for (String shape : shapes) {
						sql.execute("truncate " + TABLES);
						sql.execute("select apply_lead_rollup_deltas(a) from changes_" + shape);
						if (round == 0) {
							contents.put(version.getKey() + shape, dump(sql));
							rows.put(shape, count(sql));
						}
						db.commit();
						for (int i = 0; i < tries; i++) {
							long start = System.nanoTime();
							sql.execute("select apply_lead_rollup_deltas(a) from changes_" + shape);
							long took = (System.nanoTime() - start) / 1000;
							db.rollback();
							micros.computeIfAbsent(version.getKey() + " " + shape, k -> new ArrayList<>()).add(took);
						}
					}
				}
			}
			System.out.printf("%nOne drain of N lead operations' changes, rollup rows already there (%d rounds x %d)%n",
					rounds, tries);
			System.out.printf("%-17s %-14s %8s %8s %10s %10s%n", "version", "shape", "changes", "rows", "p50 ms",
					"p95 ms");
			for (String shape : shapes) {
				for (String version : versions.keySet()) {
					List<Long> times = micros.get(version + " " + shape);
					times.sort(null);
					System.out.printf("%-17s %-14s %8d %8d %10.1f %10.1f%n", version, shape, changes(sql, shape),
							rows.get(shape), times.get(times.size() / 2) / 1000.0,
							times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1000.0);
				}
			}
			for (String shape : shapes) {
				List<String> written = versions.keySet().stream().map(v -> contents.get(v + shape)).toList();
				System.out.printf("same rollup rows from both versions, %s: %s%n", shape,
						written.get(0).equals(written.get(1)));
			}
			db.rollback();
		}
	}

	/** The function's text as a migration defined it. */
	private static String function(String migration) throws IOException {
		try (InputStream in = RollupDrainBenchmark.class.getClassLoader().getResourceAsStream(migration)) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int start = text.indexOf("create or replace function apply_lead_rollup_deltas");
			return text.substring(start, text.indexOf("end $$;", start) + "end $$;".length());
		}
	}

	private static String currentFunction(Statement sql) throws SQLException {
		try (ResultSet rs = sql.executeQuery(
				"select pg_get_functiondef('apply_lead_rollup_deltas(lead_rollup_delta[])'::regprocedure)")) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static int changes(Statement sql, String shape) throws SQLException {
		try (ResultSet rs = sql.executeQuery("select cardinality(a) from changes_" + shape)) {
			rs.next();
			return rs.getInt(1);
		}
	}

	private static long count(Statement sql) throws SQLException {
		try (ResultSet rs = sql.executeQuery("select (select count(*) from lead_rollups)"
				+ " + (select count(*) from lead_breakdown_rollups) + (select count(*) from lead_decision_rollups)")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String dump(Statement sql) throws SQLException {
		StringBuilder out = new StringBuilder();
		for (String table : TABLES.split(", ")) {
			try (ResultSet rs = sql.executeQuery(
					"select string_agg(t::text, E'\\n' order by t::text) from " + table + " t")) {
				rs.next();
				out.append(rs.getString(1)).append('\n');
			}
		}
		return out.toString();
	}

}
