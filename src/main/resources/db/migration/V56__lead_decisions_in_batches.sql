-- A lead's movement on its deposit, by kind: the reservation of a new lead, the capture of a validated one, the release
-- of a rejected or expired one. One function for the three, so that a batch of submissions or of decisions moves its
-- deposits in one statement, one row each in the order of their deposits (two batches then lock their deposits in the
-- same order).
create function move_for_lead(p_kind varchar, p_deposit uuid, p_lead uuid, p_amount numeric, p_by uuid)
returns table (outcome varchar, balance numeric, reserved numeric, reference_amount numeric,
               alert_level varchar, previous_level varchar, transaction_id bigint)
language plpgsql as $$
begin
  case p_kind
    when 'RESERVE' then return query select * from reserve_on_deposit(p_deposit, p_lead, p_amount, p_by);
    when 'CAPTURE' then return query select * from deduct_from_deposit(p_deposit, p_lead, p_amount, p_by);
    when 'RELEASE' then return query select * from release_reservation(p_deposit, p_lead, p_amount, p_by);
  end case;
end $$;
