package com.orderdispatch.hub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A started hub on a random port with an in-memory H2 store and a copy of the test configuration in
 * src/test/resources/hub-config, metrics exported as in production. Test classes with this annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = {
				"spring.datasource.url=jdbc:h2:mem:hubtest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				"hub.routes.reload-enabled=false",
				"hub.admin.password=" + HubFixture.ADMIN_PASSWORD, "hub.security.failed-logins.limit=100000" })
@ContextConfiguration(initializers = HubTestConfigCopy.class)
public @interface HubTest {

}
