package com.shareyoursales.leads.platform.database;

import java.util.Collection;
import java.util.List;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.support.TransactionTemplate;

import org.jspecify.annotations.Nullable;

/**
 * A {@link TransactionTemplate} whose transactions carry {@link TransactionLabels}, as
 * {@code @Transactional(label = …)} gives them to a method: the template hands itself to the transaction manager as
 * the transaction's definition, and {@link RowSecurityTransactionManager} reads the labels from it. Like any
 * template, it rolls back on every exception its callback throws.
 */
public final class LabeledTransactionTemplate extends TransactionTemplate implements TransactionAttribute {

	private final List<String> labels;

	public LabeledTransactionTemplate(PlatformTransactionManager transactionManager, String... labels) {
		super(transactionManager);
		this.labels = List.of(labels);
	}

	@Override
	public Collection<String> getLabels() {
		return labels;
	}

	@Override
	public @Nullable String getQualifier() {
		return null;
	}

	@Override
	public boolean rollbackOn(Throwable failure) {
		return true;
	}

}
