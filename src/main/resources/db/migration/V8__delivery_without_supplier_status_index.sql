-- Every claim and every delivered record changes a delivery's status, and each index holding the status moves its
-- entry: a page rewritten per commit. No query needs this one: queries by supplier use ix_delivery_recipient_due
-- (supplier_id, channel, due_at), queries by status use ix_delivery_due (status, next_attempt_at). On H2 it cost an
-- eighth of the CPU of writing deliveries.
drop index ix_delivery_supplier;
