/**
 * Campaigns of merchants and their settings: the commission rule, expiry, caps and the agreement requirement.
 */
@org.springframework.modulith.ApplicationModule
package com.shareyoursales.leads.campaigns;
