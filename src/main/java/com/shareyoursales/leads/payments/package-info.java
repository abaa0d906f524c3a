/**
 * Money coming in: payments that fund merchants' deposits by bank transfer, Stripe Checkout or CMI, each credited
 * once when its provider confirms it, with receipts and auto-recharge.
 */
@org.springframework.modulith.ApplicationModule
package com.shareyoursales.leads.payments;
