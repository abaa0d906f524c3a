/**
 * Merchants' prepaid deposits and their append-only ledger: credit, reserve, capture, release, adjustment, and the
 * alert level that follows every movement.
 */
@org.springframework.modulith.ApplicationModule
package com.shareyoursales.leads.deposits;
