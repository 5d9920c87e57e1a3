package com.orderdispatch.hub.channel.sftp;

import java.util.Map;
import java.util.UUID;

import org.apache.camel.component.quartz.QuartzComponent;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Quartz scheduler the SFTP schedules fire on: in memory, one per hub. Quartz shares schedulers by name within a
 * JVM, and Camel names its scheduler after the Camel context, which is the same in every hub; two hubs in one JVM
 * (tests do this) would then fire each other's triggers. Each hub's scheduler gets a name of its own instead.
 * Several hub processes need no cluster mode here: every instance may fire, and the engine's claim makes sure each
 * delivery is dropped by one of them.
 */
@Configuration(proxyBeanMethods = false)
class SftpSchedulerConfiguration {

	@Bean("quartz")
	QuartzComponent quartz() {
		var quartz = new QuartzComponent();
		quartz.setPrefixInstanceName(false);
		quartz.setProperties(Map.of("org.quartz.scheduler.instanceName", "hub-" + UUID.randomUUID(),
				"org.quartz.scheduler.skipUpdateCheck", "true", "org.quartz.threadPool.threadCount", "4",
				"org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore"));
		return quartz;
	}

}
