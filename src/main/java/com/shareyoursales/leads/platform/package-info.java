/**
 * Technical ground shared by every module: the database (embedded or given), row-level security per transaction,
 * JSON conventions, the error contract and the API documentation.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.shareyoursales.leads.platform;
