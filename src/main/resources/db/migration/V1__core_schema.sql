-- Core schema of the Leads engine: accounts, campaigns, agreements, deposits and their ledger, leads, payments.
-- Money is numeric(14,2) (dirhams with centimes, never floating point). Every tenant table carries merchant_id,
-- so that row-level security stays simple and the data can later be distributed by merchant.

create or replace function set_updated_at() returns trigger language plpgsql as $$
begin
  new.updated_at := now();
  return new;
end $$;

-- Who is asking, as set per transaction by the service (set_config(..., true)); NONE when nobody set it.
create or replace function app_role() returns text language sql stable as $$
  select coalesce(nullif(current_setting('app.role', true), ''), 'NONE')
$$;
create or replace function app_user_id() returns uuid language sql stable as $$
  select nullif(current_setting('app.user_id', true), '')::uuid
$$;
create or replace function app_is_staff() returns boolean language sql stable as $$
  select app_role() in ('ADMIN', 'SYSTEM')
$$;

create table users (
  id            uuid primary key default gen_random_uuid(),
  email         varchar(254) not null,
  password_hash varchar(100) not null,
  role          varchar(16)  not null check (role in ('ADMIN', 'MERCHANT', 'INFLUENCER')),
  display_name  varchar(120) not null,
  phone         varchar(20),
  locale        varchar(2)   not null default 'fr' check (locale in ('fr', 'en', 'ar')),
  company_name  varchar(200),
  enabled       boolean      not null default true,
  created_at    timestamptz  not null default now(),
  updated_at    timestamptz  not null default now(),
  check (role <> 'MERCHANT' or company_name is not null)
);
create unique index users_email_key on users (lower(email));
create index users_role_idx on users (role);
create trigger users_updated_at before update on users for each row execute function set_updated_at();

create table campaigns (
  id          uuid primary key default gen_random_uuid(),
  merchant_id uuid not null references users (id),
  name        varchar(160) not null,
  description varchar(4000),
  city        varchar(120),
  status      varchar(16) not null default 'ACTIVE' check (status in ('ACTIVE', 'PAUSED', 'ENDED')),
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now()
);
create index campaigns_merchant_idx on campaigns (merchant_id, created_at desc);
create index campaigns_status_idx on campaigns (status, created_at desc);
create trigger campaigns_updated_at before update on campaigns for each row execute function set_updated_at();

create table campaign_settings (
  campaign_id                 uuid primary key references campaigns (id),
  merchant_id                 uuid not null references users (id),
  commission_threshold        numeric(14,2) not null default 800.00 check (commission_threshold > 0),
  commission_rate             numeric(5,2)  not null default 10.00 check (commission_rate > 0 and commission_rate <= 100),
  commission_flat             numeric(14,2) not null default 80.00 check (commission_flat > 0),
  expiry_hours                integer not null default 72 check (expiry_hours between 1 and 720),
  on_expiry                   varchar(8) not null default 'EXPIRE' check (on_expiry in ('EXPIRE', 'VALIDATE')),
  cap_per_influencer_per_day  integer check (cap_per_influencer_per_day > 0),
  cap_total                   integer check (cap_total > 0),
  requires_agreement          boolean not null default true,
  duplicate_window_days       integer not null default 30 check (duplicate_window_days between 0 and 365),
  min_service_value           numeric(14,2) check (min_service_value > 0),
  updated_at                  timestamptz not null default now()
);
create trigger campaign_settings_updated_at before update on campaign_settings for each row execute function set_updated_at();

create table influencer_agreements (
  id                   uuid primary key default gen_random_uuid(),
  merchant_id          uuid not null references users (id),
  influencer_id        uuid not null references users (id),
  campaign_id          uuid references campaigns (id),
  terms                text not null check (length(terms) between 1 and 20000),
  commission_threshold numeric(14,2) check (commission_threshold > 0),
  commission_rate      numeric(5,2)  check (commission_rate > 0 and commission_rate <= 100),
  commission_flat      numeric(14,2) check (commission_flat > 0),
  valid_from           date not null,
  valid_to             date not null,
  status               varchar(12) not null default 'PROPOSED' check (status in ('PROPOSED', 'SIGNED', 'TERMINATED')),
  signed_at            timestamptz,
  signed_ip            varchar(64),
  terms_sha256         char(64),
  terminated_at        timestamptz,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now(),
  check (valid_to >= valid_from),
  -- an override is all three values or none
  check ((commission_threshold is null) = (commission_rate is null) and (commission_rate is null) = (commission_flat is null)),
  check (status = 'PROPOSED' or signed_at is not null or status = 'TERMINATED')
);
create index agreements_merchant_idx on influencer_agreements (merchant_id, created_at desc);
create index agreements_influencer_idx on influencer_agreements (influencer_id, merchant_id, status);
create trigger influencer_agreements_updated_at before update on influencer_agreements for each row execute function set_updated_at();

-- A signed agreement's terms never change.
create or replace function freeze_signed_terms() returns trigger language plpgsql as $$
begin
  if old.status <> 'PROPOSED' and (new.terms, new.commission_threshold, new.commission_rate, new.commission_flat, new.valid_from, new.valid_to)
      is distinct from (old.terms, old.commission_threshold, old.commission_rate, old.commission_flat, old.valid_from, old.valid_to) then
    raise exception 'signed agreement % cannot change its terms', old.id using errcode = 'check_violation';
  end if;
  return new;
end $$;
create trigger influencer_agreements_frozen before update on influencer_agreements for each row execute function freeze_signed_terms();

create table company_deposits (
  id                uuid primary key default gen_random_uuid(),
  merchant_id       uuid not null references users (id),
  campaign_id       uuid references campaigns (id),
  balance           numeric(14,2) not null default 0 check (balance >= 0),
  reserved          numeric(14,2) not null default 0 check (reserved >= 0),
  reference_amount  numeric(14,2) not null default 0 check (reference_amount >= 0),
  alert_level       varchar(10) not null default 'DEPLETED'
                    check (alert_level in ('HEALTHY', 'ATTENTION', 'WARNING', 'CRITICAL', 'DEPLETED')),
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now(),
  check (reserved <= balance)
);
create unique index deposits_general_per_merchant on company_deposits (merchant_id) where campaign_id is null;
create unique index deposits_one_per_campaign on company_deposits (campaign_id) where campaign_id is not null;
create index deposits_level_idx on company_deposits (alert_level);
create trigger company_deposits_updated_at before update on company_deposits for each row execute function set_updated_at();

create table leads (
  id                uuid primary key default gen_random_uuid(),
  campaign_id       uuid not null references campaigns (id),
  merchant_id       uuid not null references users (id),
  influencer_id     uuid not null references users (id),
  deposit_id        uuid not null references company_deposits (id),
  customer_name     varchar(160) not null,
  customer_phone    varchar(20) not null,
  customer_email    varchar(254),
  city              varchar(120),
  service_value     numeric(14,2) not null check (service_value > 0),
  commission        numeric(14,2) not null check (commission > 0),
  source            varchar(12) not null check (source in ('INSTAGRAM', 'TIKTOK', 'FACEBOOK', 'WHATSAPP', 'YOUTUBE', 'SNAPCHAT', 'WEBSITE', 'OTHER')),
  notes             varchar(2000),
  consent           boolean not null check (consent),
  status            varchar(10) not null default 'PENDING' check (status in ('PENDING', 'VALIDATED', 'REJECTED', 'EXPIRED')),
  rejection_reason  varchar(20) check (rejection_reason in ('NOT_REACHABLE', 'NOT_INTERESTED', 'FAKE', 'DUPLICATE', 'OUT_OF_AREA', 'OTHER')),
  rejection_comment varchar(1000),
  created_at        timestamptz not null default now(),
  expires_at        timestamptz not null,
  decided_at        timestamptz,
  decided_by        uuid references users (id),
  updated_at        timestamptz not null default now(),
  check (expires_at > created_at),
  check ((status = 'PENDING') = (decided_at is null)),
  check (status <> 'REJECTED' or rejection_reason is not null)
);
create index leads_merchant_idx on leads (merchant_id, created_at desc);
create index leads_merchant_status_idx on leads (merchant_id, status, created_at desc);
create index leads_influencer_idx on leads (influencer_id, created_at desc);
create index leads_campaign_idx on leads (campaign_id, created_at desc);
create index leads_duplicate_idx on leads (merchant_id, customer_phone, created_at desc);
create index leads_cap_idx on leads (campaign_id, influencer_id, created_at);
create index leads_pending_expiry_idx on leads (expires_at) where status = 'PENDING';
create index leads_deposit_pending_idx on leads (deposit_id) where status = 'PENDING';
create trigger leads_updated_at before update on leads for each row execute function set_updated_at();

-- A decided lead is final.
create or replace function leads_final_states() returns trigger language plpgsql as $$
begin
  if old.status <> 'PENDING' and new.status is distinct from old.status then
    raise exception 'lead % is already %', old.id, old.status using errcode = 'check_violation';
  end if;
  if new.commission is distinct from old.commission then
    raise exception 'the commission of lead % is frozen', old.id using errcode = 'check_violation';
  end if;
  return new;
end $$;
create trigger leads_final before update on leads for each row execute function leads_final_states();

create table lead_validation (
  id          bigint generated always as identity primary key,
  lead_id     uuid not null references leads (id),
  merchant_id uuid not null references users (id),
  action      varchar(10) not null check (action in ('VALIDATED', 'REJECTED', 'EXPIRED')),
  decided_by  uuid references users (id),
  reason      varchar(20),
  comment     varchar(1000),
  created_at  timestamptz not null default now()
);
create unique index lead_validation_one_decision on lead_validation (lead_id);
create index lead_validation_merchant_idx on lead_validation (merchant_id, created_at desc);

create table payments (
  id                 uuid primary key default gen_random_uuid(),
  merchant_id        uuid not null references users (id),
  deposit_id         uuid not null references company_deposits (id),
  method             varchar(16) not null check (method in ('BANK_TRANSFER', 'STRIPE', 'CMI')),
  purpose            varchar(16) not null default 'RECHARGE' check (purpose in ('INITIAL', 'RECHARGE', 'AUTO_RECHARGE')),
  amount             numeric(14,2) not null check (amount > 0),
  currency           char(3) not null default 'MAD' check (currency = 'MAD'),
  status             varchar(10) not null default 'PENDING' check (status in ('PENDING', 'SUCCEEDED', 'FAILED', 'CANCELED', 'UNKNOWN')),
  external_key       varchar(64) not null,
  provider_reference varchar(255),
  provider_error     varchar(1000),
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  succeeded_at       timestamptz
);
create unique index payments_external_key on payments (external_key);
create unique index payments_provider_reference on payments (method, provider_reference) where provider_reference is not null;
create index payments_merchant_idx on payments (merchant_id, created_at desc);
create index payments_status_idx on payments (status, method, created_at);
create trigger payments_updated_at before update on payments for each row execute function set_updated_at();

create table payment_status_history (
  id          bigint generated always as identity primary key,
  payment_id  uuid not null references payments (id),
  merchant_id uuid not null references users (id),
  from_status varchar(10),
  to_status   varchar(10) not null,
  note        varchar(1000),
  created_at  timestamptz not null default now()
);
create index payment_status_history_payment_idx on payment_status_history (payment_id, id);

create table deposit_transactions (
  id             bigint generated always as identity primary key,
  deposit_id     uuid not null references company_deposits (id),
  merchant_id    uuid not null references users (id),
  type           varchar(10) not null check (type in ('CREDIT', 'RESERVE', 'CAPTURE', 'RELEASE', 'ADJUSTMENT')),
  -- positive for every type but ADJUSTMENT, whose sign says which way the balance moved
  amount         numeric(14,2) not null check (amount <> 0 and (type = 'ADJUSTMENT' or amount > 0)),
  lead_id        uuid references leads (id),
  payment_id     uuid references payments (id),
  balance_after  numeric(14,2) not null check (balance_after >= 0),
  reserved_after numeric(14,2) not null check (reserved_after >= 0 and reserved_after <= balance_after),
  reason         varchar(500),
  created_by     uuid references users (id),
  created_at     timestamptz not null default now(),
  check (type not in ('RESERVE', 'CAPTURE', 'RELEASE') or lead_id is not null),
  check (type <> 'CREDIT' or payment_id is not null),
  check (type <> 'ADJUSTMENT' or reason is not null)
);
-- A lead is reserved, captured and released at most once; a payment credits at most once.
create unique index deposit_transactions_lead_once on deposit_transactions (lead_id, type) where lead_id is not null;
create unique index deposit_transactions_payment_once on deposit_transactions (payment_id) where type = 'CREDIT';
create index deposit_transactions_deposit_idx on deposit_transactions (deposit_id, id desc);
create index deposit_transactions_merchant_idx on deposit_transactions (merchant_id, created_at desc);
create index deposit_transactions_type_day_idx on deposit_transactions (type, created_at);

-- The ledger is append-only.
create or replace function ledger_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'deposit_transactions is append-only' using errcode = 'insufficient_privilege';
end $$;
create trigger deposit_transactions_append_only before update or delete on deposit_transactions
  for each row execute function ledger_append_only();

-- Idempotency-Key: the first response to a key is replayed for the same body; another body is refused.
create table idempotency_keys (
  user_id       uuid not null references users (id),
  key           varchar(128) not null,
  operation     varchar(40) not null,
  request_hash  char(64) not null,
  response_status integer not null,
  response_body text not null,
  created_at    timestamptz not null default now(),
  primary key (user_id, key, operation)
);

-- ShedLock's table (JDBC provider, database time).
create table shedlock (
  name       varchar(64) primary key,
  lock_until timestamptz not null,
  locked_at  timestamptz not null,
  locked_by  varchar(255) not null
);

-- Spring Modulith's JDBC event publication registry (PostgreSQL schema, v2).
create table event_publication (
  id                     uuid primary key,
  listener_id            text not null,
  event_type             text not null,
  serialized_event       text not null,
  publication_date       timestamptz not null,
  completion_date        timestamptz,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

create table event_publication_archive (
  id                     uuid primary key,
  listener_id            text not null,
  event_type             text not null,
  serialized_event       text not null,
  publication_date       timestamptz not null,
  completion_date        timestamptz,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamptz
);
create index event_publication_archive_serialized_event_hash_idx on event_publication_archive using hash (serialized_event);
create index event_publication_archive_by_completion_date_idx on event_publication_archive (completion_date);
