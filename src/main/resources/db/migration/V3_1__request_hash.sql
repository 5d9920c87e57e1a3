-- Portable SQL: runs unchanged on PostgreSQL and on H2 (MODE=PostgreSQL).

-- The SHA-256 of the order request in canonical form (intake's RequestFingerprint). The same retailerOrderRef with
-- the same content is a retry (200, the original order); with other content it is a conflict (409). Orders taken
-- before this column existed have none and are treated as retries, as they were then.
alter table retailer_order add column request_hash varchar(64);
