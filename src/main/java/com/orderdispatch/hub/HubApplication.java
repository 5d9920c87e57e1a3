package com.orderdispatch.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Order Dispatch Hub: takes retailers' orders in, splits them by supplier and delivers them. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HubApplication {

	public static void main(String[] args) {
		stopCleanlyOnSigterm();
		SpringApplication.run(HubApplication.class, args);
	}

	/**
	 * SIGTERM is how the hub is stopped (an orchestrator, {@code kill}, Ctrl-C's neighbour): the shutdown hooks stop
	 * it gracefully either way, but the JVM's own handler then exits with 143, which `./mvnw spring-boot:run` reports
	 * as BUILD FAILURE. Exiting with 0 says what happened: a requested, clean stop.
	 */
	@SuppressWarnings("restriction")
	private static void stopCleanlyOnSigterm() {
		try {
			sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signal -> System.exit(0));
		}
		catch (IllegalArgumentException | UnsupportedOperationException unsupported) {
			// No SIGTERM on this platform (Windows): nothing to change.
		}
	}

}
