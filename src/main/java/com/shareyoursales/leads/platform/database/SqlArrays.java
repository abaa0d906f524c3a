package com.shareyoursales.leads.platform.database;

import java.util.Collection;
import java.util.Objects;

import org.springframework.jdbc.support.SqlArrayValue;

/**
 * A batch's column as one {@code text[]} parameter, for statements that take many rows in one round trip
 * ({@code unnest(cast(:ids as uuid[]), ...)}). Every value travels as its text and the statement casts it to the
 * column's type, so that the driver's mapping of UUIDs, decimals and instants inside arrays never matters; null
 * stays null.
 */
public final class SqlArrays {

	private SqlArrays() {
	}

	public static SqlArrayValue text(Collection<?> values) {
		return new SqlArrayValue("text", values.stream().map(value -> Objects.toString(value, null)).toArray());
	}

}
