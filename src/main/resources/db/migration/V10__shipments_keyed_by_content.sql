-- Portable SQL: runs unchanged on PostgreSQL and on H2 (MODE=PostgreSQL).
-- Shipments are keyed by what they ship. natural_key (the shipmentRef, or carrier and tracking number alone) took a
-- second shipment under a known tracking number for a retry and recorded nothing. content_key is a SHA-256 of the
-- shipmentRef, carrier, tracking number and the lines and quantities as requested (lifecycle.ShipmentKey); only an
-- exact repeat matches it. Shipments recorded before keep their natural_key and no content_key; the lifecycle works
-- out their content from their lines, so their retries still replay. New shipments leave natural_key null, so the
-- old unique constraint no longer stands in the way of several shipments under one tracking number.
alter table shipment add column content_key varchar(64);
alter table shipment add constraint uq_shipment_content_key unique (supplier_order_id, content_key);

-- A shipmentRef names one shipment of its supplier order; natural_key kept it so until now, so no row breaks this.
alter table shipment add constraint uq_shipment_ref unique (supplier_order_id, shipment_ref);
