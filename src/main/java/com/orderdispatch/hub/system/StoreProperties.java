package com.orderdispatch.hub.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded H2 store's housekeeping (engine tuning, docs/tuning.md); nothing of it runs on PostgreSQL.
 *
 * @param compactEmbedded whether the H2 file is compacted while the hub runs
 * @param compactInterval how often it is compacted
 */
@ConfigurationProperties("hub.store")
record StoreProperties(@DefaultValue("true") boolean compactEmbedded, @DefaultValue("250ms") Duration compactInterval) {
}
