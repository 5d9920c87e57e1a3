-- Incidents on lines (issue 25): a line with an open incident is INCIDENT_OPEN; closing the incident returns it to
-- the status kept here. The reason and the resolution are recorded in status_change.reason.
alter table order_line add column status_before_incident varchar(16);
