-- A decided lead's commission, captured (validated) or released (rejected, expired): one function for both, so that
-- a batch of decisions moves its deposits in one statement, one row each in the order of their deposits (two batches
-- then lock their deposits in the same order).
create function settle_reservation(p_capture boolean, p_deposit uuid, p_lead uuid, p_amount numeric, p_by uuid)
returns table (outcome varchar, balance numeric, reserved numeric, reference_amount numeric,
               alert_level varchar, previous_level varchar, transaction_id bigint)
language plpgsql as $$
begin
  if p_capture then
    return query select * from deduct_from_deposit(p_deposit, p_lead, p_amount, p_by);
  else
    return query select * from release_reservation(p_deposit, p_lead, p_amount, p_by);
  end if;
end $$;
