-- Stripe: every webhook event id we processed (a replayed or concurrent delivery finds its id and changes nothing),
-- and each merchant's Stripe customer with the card saved for off-session auto-recharges.
create table stripe_events (
  id          varchar(255) primary key,
  type        varchar(100) not null,
  payment_id  uuid references payments (id),
  received_at timestamptz not null default now()
);

create table stripe_customers (
  merchant_id       uuid primary key references users (id),
  customer_id       varchar(255) not null unique,
  payment_method_id varchar(255),
  updated_at        timestamptz not null default now()
);
create trigger stripe_customers_updated_at before update on stripe_customers for each row execute function set_updated_at();

alter table stripe_customers enable row level security;
alter table stripe_customers force row level security;
create policy stripe_customers_owner on stripe_customers for all
  using (app_is_staff() or merchant_id = app_user_id())
  with check (app_is_staff() or merchant_id = app_user_id());
