package com.orderdispatch.hub.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Intake's group commit (engine tuning, docs/tuning.md): orders arriving together are committed in one transaction.
 *
 * @param maxOrders at most this many orders in one transaction
 * @param maxWait how long a committer lingers for more orders to join a group
 * @param committers parallel committers, each overlapping one group's commit with the next one's writes
 */
@ConfigurationProperties("hub.intake.group-commit")
record GroupCommitProperties(@DefaultValue("100") int maxOrders, @DefaultValue("2ms") Duration maxWait,
		@DefaultValue("2") int committers) {
}
