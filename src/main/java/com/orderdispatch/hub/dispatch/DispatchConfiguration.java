package com.orderdispatch.hub.dispatch;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine's identity and the worker pool the claim route's split sends deliveries on. */
@Configuration(proxyBeanMethods = false)
class DispatchConfiguration {

	@Bean
	EngineId engineId(DispatchProperties properties) {
		return EngineId.of(properties);
	}

	@Bean(destroyMethod = "shutdown")
	ExecutorService dispatchWorkers(DispatchProperties properties) {
		var counter = new java.util.concurrent.atomic.AtomicInteger();
		return Executors.newFixedThreadPool(properties.workers(), runnable -> {
			Thread thread = new Thread(runnable, "dispatch-" + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

}
