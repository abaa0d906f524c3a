package com.shareyoursales.leads.scheduling.web;

import java.util.List;

import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.scheduling.JobName;
import com.shareyoursales.leads.scheduling.JobRun;
import com.shareyoursales.leads.scheduling.internal.JobHistory;
import com.shareyoursales.leads.scheduling.internal.JobRunner;
import com.shareyoursales.leads.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/admin/jobs")
@Tag(name = "Admin: jobs", description = "Run history of the scheduled jobs, and running one now")
class JobController {

	private final JobRunner runner;

	private final JobHistory history;

	JobController(JobRunner runner, JobHistory history) {
		this.runner = runner;
		this.history = history;
	}

	@GetMapping
	@Operation(summary = "Latest runs, newest first (start, end, outcome, counts); ?job= filters by job")
	List<JobRun> runs(CurrentUser user, @RequestParam(required = false) String job,
			@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
		user.require(Role.ADMIN);
		return history.latest(job, limit);
	}

	@PostMapping("/{job}/run")
	@Operation(summary = "Runs deposit-check, expire-leads or daily-report now; 409 while another run holds it")
	JobRun run(CurrentUser user, @PathVariable String job) {
		user.require(Role.ADMIN);
		JobName name = JobName.of(job).orElseThrow(() -> DomainException.notFound("Job"));
		return runner.run(name, JobRunner.Trigger.ADMIN)
			.orElseThrow(() -> new DomainException(DomainException.Kind.CONFLICT, "JOB_RUNNING",
					"This job is running or has just run on another instance; try again in a minute"));
	}

}
