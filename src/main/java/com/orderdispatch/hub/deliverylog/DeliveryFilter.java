package com.orderdispatch.hub.deliverylog;

/** Which deliveries to list, and which page (from 0); null fields match everything. Newest first. */
public record DeliveryFilter(String supplierId, String channel, String status, String orderNumber, int page,
		int size) {
}
