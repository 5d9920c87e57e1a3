package com.orderdispatch.hub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/**
 * The one way a test class starts a hub: on a random port, with its own copy of a configuration folder (the hub may
 * edit it), an in-memory H2 store or a database of its own on an embedded PostgreSQL server, the sandbox on or off,
 * and every other setting from {@link TestHubEnvironment}'s defaults (free sandbox ports, temporary sandbox files,
 * the test admin password, fast polls). Test classes with the same attributes share one hub (Spring caches the
 * context). Tests that need several hubs at once, or a restart, start them with {@link RunningHub} on the same
 * defaults.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface HubTest {

	/** The configuration folder (retailers, suppliers, catalog) the hub runs on a fresh copy of. */
	String config() default "src/test/resources/hub-config";

	Database database() default Database.H2;

	/** Whether the sandbox's mail, SFTP and webhook receivers run (on free ports, in a temporary folder). */
	boolean sandbox() default false;

	/** More settings, {@code name=value}, above every default. */
	@AliasFor(annotation = SpringBootTest.class, attribute = "properties")
	String[] properties() default {};

	enum Database {

		/** An in-memory H2 store of the hub's own, with the shipped default's settings. */
		H2,

		/** A database of the hub's own on the embedded PostgreSQL server the test JVM shares. */
		POSTGRES

	}

}
