-- Change numbers for the pull API's cursor are now given after commit, by the change sequencer: a new or changed
-- supplier order waits with change_seq null for a moment. Intake no longer holds the counter row through its own
-- commit, so orders commit in parallel (PostgreSQL groups their commits) instead of one after the other.
alter table supplier_order alter column change_seq drop not null;
create index ix_supplier_order_change_seq on supplier_order (change_seq);
