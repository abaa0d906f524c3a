-- The confirmation e-mail of a credited payment carries its PDF receipt: the outbox keeps the payment's id and the
-- dispatcher renders the receipt when it sends (no PDF bytes in the outbox).
alter table notification_deliveries add column receipt_payment_id uuid;
