-- Replaying the ledger must always yield the stored balance and reserved amount, and the reserved amount must be the
-- sum of the deposit's pending commissions. Any row of this view is a broken invariant (tests and operators query it).
create or replace view ledger_replay_mismatches with (security_invoker = true) as
with replay as (
  select d.id as deposit_id, d.balance, d.reserved,
         coalesce(sum(case t.type when 'CREDIT' then t.amount when 'CAPTURE' then -t.amount
                                  when 'ADJUSTMENT' then t.amount else 0 end), 0) as replayed_balance,
         coalesce(sum(case t.type when 'RESERVE' then t.amount when 'CAPTURE' then -t.amount
                                  when 'RELEASE' then -t.amount else 0 end), 0) as replayed_reserved
    from company_deposits d
    left join deposit_transactions t on t.deposit_id = d.id
   group by d.id, d.balance, d.reserved
), pending as (
  select deposit_id, sum(commission) as pending_commissions
    from leads where status = 'PENDING' group by deposit_id
)
select r.deposit_id, r.balance, r.replayed_balance, r.reserved, r.replayed_reserved,
       coalesce(p.pending_commissions, 0) as pending_commissions
  from replay r left join pending p on p.deposit_id = r.deposit_id
 where r.balance <> r.replayed_balance
    or r.reserved <> r.replayed_reserved
    or r.reserved <> coalesce(p.pending_commissions, 0)
    or r.balance < 0 or r.reserved > r.balance;
