package com.shareyoursales.leads.scheduling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.shareyoursales.leads.scheduling.JobName;
import com.shareyoursales.leads.scheduling.JobRun;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The run history ({@code job_runs}). */
@Repository
class JobRuns {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JobRuns(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long start(JobName job, JobRunner.Trigger trigger, String instance, Instant at) {
		return jdbc.sql("""
				insert into job_runs (job, trigger, started_at, outcome, instance)
				values (:job, :trigger, :at, 'RUNNING', :instance) returning id""")
			.param("job", job.id())
			.param("trigger", trigger.name())
			.param("at", Timestamp.from(at))
			.param("instance", instance)
			.query(Long.class)
			.single();
	}

	void finish(long id, String outcome, Map<String, ?> counts, String error, Instant at) {
		jdbc.sql("""
				update job_runs set outcome = :outcome, counts = cast(:counts as jsonb), error = :error, finished_at = :at
				 where id = :id""")
			.param("outcome", outcome)
			.param("counts", json.writeValueAsString(counts))
			.param("error", error == null || error.length() <= 2000 ? error : error.substring(0, 2000))
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	JobRun find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::run).single();
	}

	List<JobRun> latest(String job, int limit) {
		return jdbc.sql(SELECT + " where cast(:job as text) is null or job = :job order by started_at desc, id desc limit :limit")
			.param("job", job)
			.param("limit", limit)
			.query(this::run)
			.list();
	}

	private static final String SELECT = """
			select id, job, trigger, started_at, finished_at, outcome, counts::text as counts, error from job_runs""";

	private JobRun run(ResultSet rs, int row) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new JobRun(rs.getLong("id"), rs.getString("job"), rs.getString("trigger"),
				rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
				rs.getString("outcome"), json.readValue(rs.getString("counts"), MAP), rs.getString("error"));
	}

}
