-- Receipts: one number per credited payment, RCP-<year>-<6 digits>, sequential per year without gaps. The counter
-- row is locked by the crediting transaction (insert ... on conflict do update), so concurrent credits take
-- numbers one after the other, and a rolled-back credit gives its number back.
create table receipt_counters (
  year        integer primary key check (year between 2000 and 9999),
  last_number integer not null check (last_number between 1 and 999999)
);

alter table payments add column receipt_number varchar(20);
create unique index payments_receipt_number on payments (receipt_number) where receipt_number is not null;
alter table payments add constraint payments_receipt_when_succeeded
  check (receipt_number is null or status = 'SUCCEEDED');
