-- Run history of the scheduled jobs (started by the scheduler or by an admin).
create table job_runs (
  id          bigint generated always as identity primary key,
  job         varchar(40) not null,
  trigger     varchar(10) not null check (trigger in ('SCHEDULE', 'ADMIN')),
  started_at  timestamptz not null,
  finished_at timestamptz,
  outcome     varchar(10) not null check (outcome in ('RUNNING', 'SUCCEEDED', 'FAILED')),
  counts      jsonb not null default '{}'::jsonb,
  error       varchar(2000),
  instance    varchar(200) not null
);
create index job_runs_job_idx on job_runs (job, started_at desc);
create index job_runs_started_idx on job_runs (started_at desc);
