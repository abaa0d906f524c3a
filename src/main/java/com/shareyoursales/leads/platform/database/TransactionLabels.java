package com.shareyoursales.leads.platform.database;

/** Labels of {@code @Transactional} that the transaction manager acts on when it opens the transaction. */
public final class TransactionLabels {

	/**
	 * The commit does not wait for the disk flush ({@code synchronous_commit = off}): only for work that is redone
	 * if a crash loses it. PostgreSQL flushes WAL in order, so a lost commit takes every later one with it.
	 */
	public static final String NO_FLUSH_WAIT = "synchronous_commit=off";

	private TransactionLabels() {
	}

}
