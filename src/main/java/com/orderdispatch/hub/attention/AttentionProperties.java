package com.orderdispatch.hub.attention;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When something needs an operator.
 *
 * @param acceptWithin a supplier order still pending after this long is listed as not accepted
 * @param failingFor a delivery still retrying this long after it was planned is listed as failing
 * @param limit how many rows each list shows at most
 */
@ConfigurationProperties("hub.attention")
public record AttentionProperties(@DefaultValue("4h") Duration acceptWithin, @DefaultValue("15m") Duration failingFor,
		@DefaultValue("100") int limit) {
}
