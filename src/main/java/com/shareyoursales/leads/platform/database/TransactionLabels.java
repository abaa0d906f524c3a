package com.shareyoursales.leads.platform.database;

/** Labels of {@code @Transactional} that the transaction manager acts on when it opens the transaction. */
public final class TransactionLabels {

	/**
	 * The commit does not wait for the disk flush ({@code synchronous_commit = off}): only for work that is redone
	 * if a crash loses it. PostgreSQL flushes WAL in order, so a lost commit takes every later one with it.
	 */
	public static final String NO_FLUSH_WAIT = "synchronous_commit=off";

	/**
	 * Every statement is planned once per connection ({@code plan_cache_mode = force_generic_plan}): for work whose
	 * statements take their rows as arrays ({@code unnest}), as a lead batch's do. PostgreSQL counts a constant
	 * array's elements when it plans, so the plan made for the parameters at hand always looks cheaper than the
	 * generic one, and such a statement was planned again on every execution: ~0.6 ms of planning (wall time under
	 * load) for each of the batch's look-ups of campaigns and agreements, a fifth of the database's CPU per lead
	 * operation in perf (PERFORMANCE.md, run 27). Not for statements whose best plan depends on a parameter (a list
	 * with optional filters).
	 * <p>
	 * Sequential scans are off too ({@code enable_seqscan = off}): such work finds its rows by key, and a plan kept
	 * for the connection's life must not depend on how big a table looked when it was made. Planned while the lead
	 * tables were nearly empty (a new service, or a benchmark's warm-up), the decisions' lead lock read every lead
	 * until an analyze came (PERFORMANCE.md, run 34: 6 189 sequential scans of 32.6 million rows in one round). A
	 * table with no index for a statement is still scanned: the setting only makes scans the last resort. The
	 * settings govern the plans made in such a transaction; a statement its connection already planned elsewhere (a
	 * read that other work shares, in PostgreSQL's default mode) keeps that plan until an analyze or a schema change
	 * invalidates it, as any cached plan does.
	 * <p>
	 * And PostgreSQL's JIT is off ({@code jit = off}): that last resort is priced by adding 10<sup>10</sup> to the
	 * plan's cost, far above {@code jit_above_cost}, so on a server built with LLVM (Debian's, most managed ones) a
	 * statement left with a scan would be compiled on every execution — 100 ms of JIT for a 0.2 ms scan of a thousand
	 * rows, measured on Debian's PostgreSQL 15 (PERFORMANCE.md, run 35). A batch's short statements never gain from it.
	 */
	public static final String GENERIC_PLANS = "plan_cache_mode=force_generic_plan";

	private TransactionLabels() {
	}

}
