package com.orderdispatch.hub.config;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Shows in /actuator/health which configuration is in force and whether the newest edit (of config/ or routes/) was refused. */
@Component("configuration")
class ConfigHealthIndicator implements HealthIndicator {

	private final LiveConfig config;

	private final RouteFilesWatcher routeFiles;

	ConfigHealthIndicator(LiveConfig config, RouteFilesWatcher routeFiles) {
		this.config = config;
		this.routeFiles = routeFiles;
	}

	@Override
	public Health health() {
		var health = Health.up()
			.withDetail("appliedAt", config.appliedAt().toString())
			.withDetail("retailers", config.current().retailers().size())
			.withDetail("suppliers", config.current().suppliers().size())
			.withDetail("catalogSkus", config.current().catalog().size());
		var rejection = config.lastRejection();
		// Still UP: the hub serves on the last good configuration, but the refused edit is plain to see.
		health.withDetail("lastEdit", rejection == null ? "applied" : "refused: " + rejection.getMessage());
		String routeRejection = routeFiles.lastRejection();
		health.withDetail("lastRouteEdit", routeRejection == null ? "applied" : "refused: " + routeRejection);
		return health.build();
	}

}
