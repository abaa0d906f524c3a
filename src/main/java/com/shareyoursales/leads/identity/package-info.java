/**
 * Accounts, sign-up and log-in, JWT bearer tokens and roles, and who the current user is.
 */
@org.springframework.modulith.ApplicationModule
package com.shareyoursales.leads.identity;
