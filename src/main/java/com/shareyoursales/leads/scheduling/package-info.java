/**
 * Scheduling: when the jobs run (Africa/Casablanca), once across instances (ShedLock), their run history and the
 * admins' triggers. The work itself lives in the module that owns it.
 */
@org.springframework.modulith.ApplicationModule
package com.shareyoursales.leads.scheduling;
