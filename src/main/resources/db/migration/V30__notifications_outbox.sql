-- Notifications: the dashboard feed per user, the outbox of messages per channel with every attempt, the deposit
-- alerts already given per funding cycle, per-user preferences and the demo profile's e-mail inbox.

create table notifications (
  id          uuid primary key default gen_random_uuid(),
  user_id     uuid not null references users (id),
  type        varchar(40) not null,
  title       varchar(300) not null,
  body        varchar(4000) not null,
  data        jsonb not null default '{}'::jsonb,
  -- cause + recipient: a replayed event adds nothing
  dedupe_key  varchar(200) not null,
  read_at     timestamptz,
  created_at  timestamptz not null
);
create unique index notifications_dedupe_key on notifications (dedupe_key);
create index notifications_user_unread_idx on notifications (user_id, (read_at is null) desc, created_at desc);

alter table notifications enable row level security;
alter table notifications force row level security;
create policy notifications_own on notifications for all
  using (app_is_staff() or user_id = app_user_id())
  with check (app_is_staff() or user_id = app_user_id());

-- The outbox: one row per message per channel, sent by the dispatcher with retries.
create table notification_deliveries (
  id                uuid primary key default gen_random_uuid(),
  user_id           uuid references users (id),
  channel           varchar(10) not null check (channel in ('EMAIL', 'SMS', 'WHATSAPP')),
  address           varchar(254),
  locale            varchar(2) not null default 'fr',
  type              varchar(40) not null,
  subject           varchar(300) not null,
  body_text         text not null,
  body_html         text,
  -- cause + recipient + channel
  dedupe_key        varchar(250) not null,
  status            varchar(10) not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
  attempts          integer not null default 0,
  next_attempt_at   timestamptz not null,
  last_error        varchar(2000),
  provider_response varchar(4000),
  provider_id       varchar(200),
  created_at        timestamptz not null,
  updated_at        timestamptz not null,
  sent_at           timestamptz
);
create unique index notification_deliveries_dedupe_key on notification_deliveries (dedupe_key);
create index notification_deliveries_due_idx on notification_deliveries (next_attempt_at) where status = 'PENDING';
create index notification_deliveries_log_idx on notification_deliveries (created_at desc);
create index notification_deliveries_user_idx on notification_deliveries (user_id, created_at desc);

-- Staff only: users see their dashboard feed, admins see what was sent.
alter table notification_deliveries enable row level security;
alter table notification_deliveries force row level security;
create policy notification_deliveries_staff on notification_deliveries for all
  using (app_is_staff()) with check (app_is_staff());

create table notification_attempts (
  id                bigint generated always as identity primary key,
  delivery_id       uuid not null references notification_deliveries (id),
  attempt           integer not null,
  outcome           varchar(10) not null check (outcome in ('SENT', 'FAILED', 'SKIPPED')),
  error             varchar(2000),
  provider_response varchar(4000),
  attempted_at      timestamptz not null,
  unique (delivery_id, attempt)
);
alter table notification_attempts enable row level security;
alter table notification_attempts force row level security;
create policy notification_attempts_staff on notification_attempts for all
  using (app_is_staff()) with check (app_is_staff());

-- A deposit level alerted once per funding cycle (cycle = the deposit's last CREDIT ledger row, 0 before any).
create table deposit_alerts (
  deposit_id  uuid not null references company_deposits (id),
  merchant_id uuid not null references users (id),
  cycle       bigint not null,
  level       varchar(10) not null check (level in ('ATTENTION', 'WARNING', 'CRITICAL', 'DEPLETED')),
  alerted_at  timestamptz not null,
  primary key (deposit_id, cycle, level)
);
alter table deposit_alerts enable row level security;
alter table deposit_alerts force row level security;
create policy deposit_alerts_merchant on deposit_alerts for all
  using (app_is_staff() or merchant_id = app_user_id())
  with check (app_is_staff() or merchant_id = app_user_id());

create table notification_settings (
  user_id          uuid primary key references users (id),
  lead_email_digest boolean not null default false,
  updated_at       timestamptz not null
);
alter table notification_settings enable row level security;
alter table notification_settings force row level security;
create policy notification_settings_own on notification_settings for all
  using (app_is_staff() or user_id = app_user_id())
  with check (app_is_staff() or user_id = app_user_id());

-- The demo profile's mailbox: e-mails land here instead of an SMTP server, for admins to read.
create table demo_inbox (
  id          bigint generated always as identity primary key,
  delivery_id uuid not null references notification_deliveries (id),
  recipient   varchar(254) not null,
  subject     varchar(300) not null,
  body_text   text not null,
  body_html   text,
  received_at timestamptz not null,
  unique (delivery_id)
);
alter table demo_inbox enable row level security;
alter table demo_inbox force row level security;
create policy demo_inbox_staff on demo_inbox for all using (app_is_staff()) with check (app_is_staff());
