/**
 * Demo data for the {@code demo} profile: an admin, three merchants, six influencers, campaigns, agreements, funded
 * deposits and leads in every state, created through the modules' own services.
 */
@org.springframework.modulith.ApplicationModule
package com.shareyoursales.leads.demo;
