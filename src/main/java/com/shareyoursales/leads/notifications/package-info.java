/**
 * Notifications: who is told what on which channel (dashboard, e-mail, SMS, WhatsApp), the outbox and its
 * dispatcher, templates per language, and the live stream of the dashboard.
 */
@org.springframework.modulith.ApplicationModule
package com.shareyoursales.leads.notifications;
