-- A lead, its campaign and the deposit it draws on belong to one merchant, and so do a ledger row and its deposit.
-- The service always wrote them so; the database now says so too, with composite foreign keys that replace the
-- single-column ones they contain:
--   leads (campaign_id, merchant_id)                -> campaigns (id, merchant_id)
--   leads (deposit_id, merchant_id)                 -> company_deposits (id, merchant_id)
--   deposit_transactions (deposit_id, merchant_id)  -> company_deposits (id, merchant_id)
--   company_deposits (campaign_id, merchant_id)     -> campaigns (id, merchant_id)  (a campaign's own deposit)
-- leads.merchant_id and deposit_transactions.merchant_id still reach users: through campaigns.merchant_id and
-- company_deposits.merchant_id, which reference it.
--
-- Also one check fewer per lead row and per ledger row (the merchant's, against users): under load each
-- foreign-key check is a query of its own, 6.5 % of PostgreSQL's CPU in the benchmark's hot scenario (perf, run 31).

alter table campaigns add constraint campaigns_id_merchant_key unique (id, merchant_id);
alter table company_deposits add constraint company_deposits_id_merchant_key unique (id, merchant_id);

alter table leads drop constraint leads_campaign_id_fkey,
                  drop constraint leads_merchant_id_fkey,
                  drop constraint leads_deposit_id_fkey,
                  add constraint leads_campaign_merchant_fkey foreign key (campaign_id, merchant_id)
                    references campaigns (id, merchant_id),
                  add constraint leads_deposit_merchant_fkey foreign key (deposit_id, merchant_id)
                    references company_deposits (id, merchant_id);

alter table deposit_transactions drop constraint deposit_transactions_deposit_id_fkey,
                                 drop constraint deposit_transactions_merchant_id_fkey,
                                 add constraint deposit_transactions_deposit_merchant_fkey
                                   foreign key (deposit_id, merchant_id) references company_deposits (id, merchant_id);

-- a general deposit has no campaign: MATCH SIMPLE skips the check when campaign_id is null
alter table company_deposits add constraint company_deposits_campaign_merchant_fkey
  foreign key (campaign_id, merchant_id) references campaigns (id, merchant_id);
