package com.orderdispatch.hub.lifecycle;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The lists suppliers choose from.
 *
 * @param rejectReasons the reason codes a rejection may give
 * @param carriers the carriers a shipment may name
 */
@ConfigurationProperties("hub.lifecycle")
public record LifecycleProperties(
		@DefaultValue({ "OUT_OF_STOCK", "DISCONTINUED", "PRICE_CHANGED", "CANNOT_SHIP_TO_ADDRESS", "OTHER" }) List<String> rejectReasons,
		@DefaultValue({ "DHL", "DPD", "UPS", "FEDEX", "GLS", "ROYAL_MAIL", "USPS", "OTHER" }) List<String> carriers) {
}
