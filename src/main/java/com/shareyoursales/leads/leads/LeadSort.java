package com.shareyoursales.leads.leads;

import com.shareyoursales.leads.shared.DomainException;

/** The sort orders the lead lists accept, as "field,asc|desc"; anything else is a 400, never raw SQL. */
public record LeadSort(String column, boolean ascending) {

	public static final LeadSort NEWEST_FIRST = new LeadSort("created_at", false);

	public static LeadSort parse(String sort) {
		if (sort == null || sort.isBlank()) {
			return NEWEST_FIRST;
		}
		String[] parts = sort.split(",");
		String column = switch (parts[0].trim()) {
			case "createdAt" -> "created_at";
			case "expiresAt" -> "expires_at";
			case "serviceValue" -> "service_value";
			case "commission" -> "commission";
			case "customerName" -> "customer_name";
			case "status" -> "status";
			default -> throw DomainException.invalidField("sort", "INVALID_SORT",
					"Sort by createdAt, expiresAt, serviceValue, commission, customerName or status");
		};
		boolean ascending = parts.length > 1 && "asc".equalsIgnoreCase(parts[1].trim());
		if (parts.length > 1 && !ascending && !"desc".equalsIgnoreCase(parts[1].trim())) {
			throw DomainException.invalidField("sort", "INVALID_SORT", "Sort direction is asc or desc");
		}
		return new LeadSort(column, ascending);
	}

	public String sql() {
		return "l." + column + (ascending ? " asc" : " desc") + ", l.id" + (ascending ? " asc" : " desc");
	}

}
