-- Each supplier email reply the hub applied, by its Message-ID: a reply seen again (fetched twice, or by a second
-- instance) is not applied again.
create table email_reply (
    message_id            varchar(998) not null primary key,
    supplier_order_number varchar(40)  not null,
    supplier_id           varchar(64)  not null,
    received_at           timestamp with time zone not null
);
