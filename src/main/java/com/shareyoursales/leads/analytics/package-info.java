/**
 * Analytics: lead KPIs per merchant, campaign, influencer and for the platform, timelines, rankings, breakdowns and
 * deposit depletion forecasts, read from rollups that the database keeps in step with every lead change.
 */
@org.springframework.modulith.ApplicationModule
package com.shareyoursales.leads.analytics;
