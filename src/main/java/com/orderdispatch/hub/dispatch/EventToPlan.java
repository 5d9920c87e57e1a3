package com.orderdispatch.hub.dispatch;

/**
 * An event to freeze and deliver, as its producer describes it.
 *
 * @param type e.g. {@code supplier_order.created}, {@code supplier_order.cancelled}, {@code order.cancelled}
 * @param subject what it is about (a supplier order number, an order number)
 * @param orderNumber the hub's order number for logs and the delivery log, or null
 * @param supplierOrderId the supplier order the delivery log links it to, or null
 * @param data the event's data, rendered to JSON once under {@code "data"} (Jackson, the hub's ObjectMapper)
 */
public record EventToPlan(String type, String subject, String orderNumber, Long supplierOrderId, Object data) {
}
