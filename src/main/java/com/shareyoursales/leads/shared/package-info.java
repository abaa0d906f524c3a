/**
 * Value types used everywhere: money, phone numbers, pages, the domain exception base and the clock.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.shareyoursales.leads.shared;
