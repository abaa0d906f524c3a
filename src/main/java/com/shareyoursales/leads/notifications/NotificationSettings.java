package com.shareyoursales.leads.notifications;

/**
 * A user's notification preferences.
 *
 * @param leadEmailDigest a merchant's daily e-mail listing the previous day's new leads (besides the dashboard)
 */
public record NotificationSettings(boolean leadEmailDigest) {

}
