package com.shareyoursales.leads.scheduling.internal;

import java.util.List;

import com.shareyoursales.leads.scheduling.JobRun;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the run history, for admins. */
@Service
@Transactional(readOnly = true)
public class JobHistory {

	private final JobRuns runs;

	JobHistory(JobRuns runs) {
		this.runs = runs;
	}

	public List<JobRun> latest(String job, int limit) {
		return runs.latest(job, limit);
	}

}
