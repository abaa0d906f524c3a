-- Auto-recharge rules, one per deposit. stopped_at is set after a declined card (no retry loop) or a recharge
-- above the maximum, and cleared when the merchant saves the rule again.
create table auto_recharge_rules (
  deposit_id    uuid primary key references company_deposits (id),
  merchant_id   uuid not null references users (id),
  enabled       boolean not null,
  trigger_level varchar(10) not null check (trigger_level in ('WARNING', 'CRITICAL')),
  mode          varchar(10) not null check (mode in ('FIXED', 'TOP_UP_TO')),
  amount        numeric(14,2) not null check (amount > 0),
  stopped_at    timestamptz,
  stop_reason   varchar(1000),
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now()
);
create trigger auto_recharge_rules_updated_at before update on auto_recharge_rules for each row execute function set_updated_at();
create index payments_auto_recharge_idx on payments (deposit_id, created_at) where purpose = 'AUTO_RECHARGE';

alter table auto_recharge_rules enable row level security;
alter table auto_recharge_rules force row level security;
create policy auto_recharge_rules_owner on auto_recharge_rules for all
  using (app_is_staff() or merchant_id = app_user_id())
  with check (app_is_staff() or merchant_id = app_user_id());
