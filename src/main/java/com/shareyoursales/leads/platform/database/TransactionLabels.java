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
	 */
	public static final String GENERIC_PLANS = "plan_cache_mode=force_generic_plan";

	private TransactionLabels() {
	}

}
