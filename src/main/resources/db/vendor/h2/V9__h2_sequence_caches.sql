-- H2 only (db/vendor/h2). An H2 sequence hands out its cached values, then commits its new high-water mark; with
-- WRITE_DELAY=0 every commit writes an MVStore chunk to disk. At H2's default cache of 32 that was a chunk per 32
-- ids of every table an order writes to (two fifths of the committers' time at full intake). A cache of 1,000 writes
-- one per 1,000; a crash skips at most the rest of a cache (gaps, never a number twice). A new identity column
-- starts with the default: give it the same here, in a new H2 migration.
alter sequence order_number_seq cache 1000;
alter table retailer_order alter column id set cache 1000;
alter table supplier_order alter column id set cache 1000;
alter table order_line alter column id set cache 1000;
alter table status_change alter column id set cache 1000;
alter table delivery_event alter column id set cache 1000;
alter table delivery alter column id set cache 1000;
alter table delivery_attempt alter column id set cache 1000;
alter table shipment alter column id set cache 1000;
alter table audit_entry alter column id set cache 1000;
