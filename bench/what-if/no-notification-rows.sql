-- What if a lead's notifications stored nothing? A measurement, never a migration (WHAT_IF in bench/run.sh, applied
-- after the warm-up). post_letters writes no letter and queues no delivery (the service still composes them): no
-- in-app notification, e-mail or SMS. One of the three product trade-offs run 37 measured together
-- (docs/PERFORMANCE.md); run 39 measures each alone.

create or replace function post_letters(p_notifications jsonb, p_deliveries jsonb, p_isolated boolean,
                                        out notifications uuid[], out deliveries integer, out failure text)
language plpgsql as $$
begin
  notifications := '{}';
  deliveries := 0;
end $$;
