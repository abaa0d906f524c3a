package com.shareyoursales.leads.platform.database;

import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.support.SqlArrayValue;

/**
 * A batch's column as one {@code text[]} parameter, for statements that take many rows in one round trip
 * ({@code unnest(cast(:ids as uuid[]), ...)}). Every value travels as its text and the statement casts it to the
 * column's type, so that the driver's mapping of UUIDs, decimals and instants inside arrays never matters; null
 * stays null. The one exception, keys compared in a condition on a table under row security, travels typed
 * ({@link #uuids}).
 */
public final class SqlArrays {

	private SqlArrays() {
	}

	public static SqlArrayValue text(Collection<?> values) {
		return new SqlArrayValue("text", values.stream().map(value -> Objects.toString(value, null)).toArray());
	}

	/**
	 * Keys as one {@code uuid[]} parameter, for {@code id = any(:ids)} on a table under row security. There a cast in
	 * the condition ({@code any(cast(:ids as uuid[]))} of a {@code text[]}) is not leakproof, so PostgreSQL may not
	 * test it before the policy's own conditions: PostgreSQL 15 then reads the whole index and filters every row
	 * with it (17 still looks the keys up), PERFORMANCE.md run 38. A typed parameter needs no cast.
	 */
	public static SqlArrayValue uuids(Collection<UUID> values) {
		return new SqlArrayValue("uuid", values.toArray());
	}

}
