package com.orderdispatch.hub.dispatch.engine;

import java.util.concurrent.ThreadPoolExecutor;
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

	/** The claimer reads how busy this pool is, so it never claims more than the workers can start at once. */
	@Bean(destroyMethod = "shutdown")
	ThreadPoolExecutor dispatchWorkers(DispatchProperties properties) {
		var counter = new java.util.concurrent.atomic.AtomicInteger();
		return (ThreadPoolExecutor) Executors.newFixedThreadPool(properties.workers(), runnable -> {
			Thread thread = new Thread(runnable, "dispatch-" + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

}
