package com.orderdispatch.hub.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The HTTP threads and the connection pool are sized together: every HTTP thread and every dispatch worker can hold
 * a connection at the same time, with {@link #SPARE} left for the rest: the scheduler thread (sequencer, config
 * reloads, store compaction), the dispatch wake-up and poll claims, intake's two group committers and the delivery
 * recorder (hub.intake.group-commit.committers more means a bigger pool). No code path
 * holds two connections at once, so with this many no request ever waits for a connection. A hub configured with a
 * smaller pool refuses to start instead of stalling under load.
 */
@Component
class PoolSizing {

	static final int SPARE = 6;

	PoolSizing(@Value("${server.tomcat.threads.max:200}") int httpThreads,
			@Value("${hub.dispatch.workers:10}") int dispatchWorkers,
			@Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
		int needed = httpThreads + dispatchWorkers + SPARE;
		if (poolSize < needed) {
			throw new IllegalStateException("The connection pool (HUB_DB_POOL_SIZE=" + poolSize + ") is smaller than "
					+ "the HTTP threads (HUB_HTTP_THREADS=" + httpThreads + ") + dispatch workers (" + dispatchWorkers
					+ ") + " + SPARE + " = " + needed + ": raise the pool or lower the threads");
		}
	}

}
