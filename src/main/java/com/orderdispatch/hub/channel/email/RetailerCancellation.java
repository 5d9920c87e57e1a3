package com.orderdispatch.hub.channel.email;

/**
 * The body {@code direct:notify-retailer-cancellation} takes: which supplier order was canceled, why, and by whom
 * (e.g. "supplier", "retailer", "admin").
 */
public record RetailerCancellation(String supplierOrderNumber, String reason, String canceledBy) {
}
