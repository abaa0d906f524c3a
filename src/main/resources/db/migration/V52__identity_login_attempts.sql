-- The log-in throttle's memory, shared by every instance.
--
-- Why: it was kept in each instance's memory, so N instances allowed N times the guesses on an account, and its maps
-- kept an entry for every e-mail and address ever tried (a guesser trying random e-mails grew them without bound).
-- One row per attempt from an address (kind 'A', key: the address) and per failed log-in of an account (kind 'F',
-- key: the lower-cased e-mail); rows older than the longest window are deleted every minute.
create table login_attempts (
  id    bigint generated always as identity primary key,
  kind  char(1) not null check (kind in ('A', 'F')),
  key   varchar(320) not null,
  at    timestamptz not null
);
create index login_attempts_key_idx on login_attempts (kind, key, at);
create index login_attempts_at_idx on login_attempts (at);

-- e-mails and addresses: only the platform reads them (log-in runs as SYSTEM)
alter table login_attempts enable row level security;
alter table login_attempts force row level security;
create policy login_attempts_staff on login_attempts for all
  using ((select app_is_staff())) with check ((select app_is_staff()));
