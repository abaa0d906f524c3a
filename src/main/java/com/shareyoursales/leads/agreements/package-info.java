/**
 * Agreements between a merchant and an influencer: terms, an optional commission override, signature.
 */
@org.springframework.modulith.ApplicationModule
package com.shareyoursales.leads.agreements;
