/**
 * Leads: intake under the campaign's rules with the commission reserved on the deposit, decisions, expiry, reads
 * and CSV export.
 */
@org.springframework.modulith.ApplicationModule
package com.shareyoursales.leads.leads;
