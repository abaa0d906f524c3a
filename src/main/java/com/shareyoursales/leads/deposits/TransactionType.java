package com.shareyoursales.leads.deposits;

/** The kinds of ledger rows (SPEC "The money rules"). */
public enum TransactionType {

	CREDIT, RESERVE, CAPTURE, RELEASE, ADJUSTMENT

}
