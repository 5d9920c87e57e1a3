-- Portable SQL: runs unchanged on PostgreSQL and on H2 (MODE=PostgreSQL).
-- V2_2 gave every delivery planned before engine v2 its frozen event; from here on the planner always does.
alter table delivery alter column event_id set not null;
