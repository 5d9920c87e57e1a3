package com.orderdispatch.hub.system;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database in health and readiness, as {@link DatabaseAvailability} last saw it. It asks nothing of the
 * database itself, so health answers at once during an outage too (Spring Boot's own indicator, which it replaces,
 * would wait for a pool connection). Liveness does not include it: a hub whose database is away is not broken.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator implements HealthIndicator {

	private final DatabaseAvailability database;

	DatabaseHealthIndicator(DatabaseAvailability database) {
		this.database = database;
	}

	@Override
	public Health health() {
		var since = database.unreachableSince();
		if (since.isEmpty()) {
			return Health.up().build();
		}
		var health = Health.down().withDetail("unreachableSince", since.get().toString());
		database.lastFailure().ifPresent(failure -> health.withDetail("error", failure));
		return health.build();
	}

}
