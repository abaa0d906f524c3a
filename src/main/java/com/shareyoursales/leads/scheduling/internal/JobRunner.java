package com.shareyoursales.leads.scheduling.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.shareyoursales.leads.leads.LeadExpiry;
import com.shareyoursales.leads.notifications.DailyReports;
import com.shareyoursales.leads.notifications.DepositAlerts;
import com.shareyoursales.leads.payments.AutoRecharges;
import com.shareyoursales.leads.payments.AutoRecharges.Attempt;
import com.shareyoursales.leads.scheduling.JobName;
import com.shareyoursales.leads.scheduling.JobRun;
import com.shareyoursales.leads.shared.BusinessTime;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a job under its ShedLock lock (database time) and records the run. A scheduled run keeps the lock at least a
 * minute, so an instance whose clock is a little behind does not run the same occurrence again; a run an admin
 * starts holds it only while it works. Each job is idempotent, so even a second run changes nothing. The deposit check
 * also tries the auto-recharge of deposits already at their rule's trigger (payments keeps its guards).
 */
@Component
public class JobRunner {

	/** Who started a run. */
	public enum Trigger {

		SCHEDULE, ADMIN

	}

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	private static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);

	private static final Duration SCHEDULED_LOCK_AT_LEAST = Duration.ofMinutes(1);

	/** Auto-recharge attempts that started a charge, and those that stopped the rule (the merchant is told). */
	private static final Set<Attempt> RECHARGE_STARTED = EnumSet.of(Attempt.CHARGED, Attempt.PENDING, Attempt.UNKNOWN);

	private static final Set<Attempt> RECHARGE_STOPPED = EnumSet.of(Attempt.DECLINED, Attempt.NO_SAVED_CARD,
			Attempt.ABOVE_MAXIMUM);

	private final LockingTaskExecutor locks;

	private final JobRuns runs;

	private final TransactionTemplate transactions;

	private final Map<JobName, Supplier<Map<String, ?>>> work;

	private final Clock clock;

	private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	JobRunner(LockProvider lockProvider, JobRuns runs, TransactionTemplate transactions, DepositAlerts alerts,
			AutoRecharges autoRecharges, LeadExpiry expiry, DailyReports reports, Clock clock) {
		this.locks = new DefaultLockingTaskExecutor(lockProvider);
		this.runs = runs;
		this.transactions = transactions;
		this.clock = clock;
		this.work = Map.of(JobName.DEPOSIT_CHECK, () -> depositCheck(alerts, autoRecharges), JobName.EXPIRE_LEADS,
				() -> Map.of("expired", expiry.expireDue()), JobName.DAILY_REPORT,
				() -> reports.send(BusinessTime.today(clock).minusDays(1)));
	}

	/** The alerts (and reminders) missing, then an auto-recharge of every deposit at its trigger. */
	private static Map<String, ?> depositCheck(DepositAlerts alerts, AutoRecharges autoRecharges) {
		Map<String, Object> counts = new LinkedHashMap<>(alerts.check());
		Map<UUID, Attempt> attempts = autoRecharges.rechargeDepositsAtTrigger();
		counts.put("autoRechargesAtTrigger", attempts.size());
		counts.put("autoRecharges", attempts.values().stream().filter(RECHARGE_STARTED::contains).count());
		counts.put("autoRechargesStopped", attempts.values().stream().filter(RECHARGE_STOPPED::contains).count());
		return counts;
	}

	/** Runs the job unless another run holds its lock (empty then). */
	public Optional<JobRun> run(JobName job, Trigger trigger) {
		Duration atLeast = trigger == Trigger.SCHEDULE ? SCHEDULED_LOCK_AT_LEAST : Duration.ZERO;
		LockConfiguration lock = new LockConfiguration(ClockProvider.now(), "job-" + job.id(), LOCK_AT_MOST, atLeast);
		try {
			TaskResult<JobRun> result = locks.executeWithLock(() -> execute(job, trigger), lock);
			if (!result.wasExecuted()) {
				log.info("Job {} not run by {}: another run holds its lock", job.id(), instance);
			}
			return result.wasExecuted() ? Optional.of(result.getResult()) : Optional.empty();
		}
		catch (Throwable ex) {
			throw new IllegalStateException("Job " + job.id() + " could not run", ex);
		}
	}

	private JobRun execute(JobName job, Trigger trigger) {
		long id = transactions.execute(status -> runs.start(job, trigger, instance, clock.instant()));
		try {
			Map<String, ?> counts = work.get(job).get();
			transactions.executeWithoutResult(status -> runs.finish(id, "SUCCEEDED", counts, null, clock.instant()));
			log.info("Job {} ({}) succeeded: {}", job.id(), trigger, counts);
		}
		catch (RuntimeException ex) {
			log.error("Job {} ({}) failed", job.id(), trigger, ex);
			transactions.executeWithoutResult(status -> runs.finish(id, "FAILED", Map.of(), String.valueOf(ex),
					clock.instant()));
		}
		return transactions.execute(status -> runs.find(id));
	}

}
