package com.shareyoursales.leads.platform.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.jspecify.annotations.Nullable;

/**
 * Writes that {@link InTransactionListener}s leave to the transaction that published their events, so that the
 * events of one transaction share one write: a lead batch that decides some leads and takes others tells all their
 * users with one read of their profiles and one statement, not with one of each per event. The publisher makes them
 * ({@link #flush()}) before it takes its hottest lock, as InTransactionListener asks; what is still pending when the
 * transaction commits is made just before.
 */
@Component
public class PendingWrites {

	/**
	 * Adds to the current transaction's pending write for {@code key} (created by {@code create} on first use, made by
	 * {@code write}). Outside a transaction nothing would make it later: it is made at once.
	 */
	public <T> void leave(Object key, Supplier<T> create, Consumer<T> addTo, Consumer<T> write) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			T alone = create.get();
			addTo.accept(alone);
			write.accept(alone);
			return;
		}
		// one key, one kind of value: the caller's own key and create
		@SuppressWarnings("unchecked")
		Write<T> pending = (Write<T>) current().writes.computeIfAbsent(key, k -> new Write<>(create.get(), write));
		addTo.accept(pending.value());
	}

	/** Makes the current transaction's pending writes now, in the order they were first left. */
	public void flush() {
		Pending pending = TransactionSynchronizationManager.isSynchronizationActive() ? registered() : null;
		if (pending != null) {
			pending.makeAll();
		}
	}

	private static Pending current() {
		Pending pending = registered();
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		return pending;
	}

	private static @Nullable Pending registered() {
		for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
			if (registered instanceof Pending pending) {
				return pending;
			}
		}
		return null;
	}

	private record Write<T>(T value, Consumer<T> write) {

		void make() {
			write.accept(value);
		}

	}

	/** One per transaction: registered with it, so that a transaction suspended for another keeps its own. */
	private static final class Pending implements TransactionSynchronization {

		private final Map<Object, Write<?>> writes = new LinkedHashMap<>();

		void makeAll() {
			// a write that leaves another (none does today) is made in the same call
			while (!writes.isEmpty()) {
				List<Write<?>> due = new ArrayList<>(writes.values());
				writes.clear();
				due.forEach(Write::make);
			}
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			makeAll();
		}

		@Override
		public void afterCompletion(int status) {
			// rolled back: what was left is dropped with the rest of the transaction
			writes.clear();
		}

	}

}
