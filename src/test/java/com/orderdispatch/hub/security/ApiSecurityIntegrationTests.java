package com.orderdispatch.hub.security;


import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.HubTest;
import com.orderdispatch.hub.support.Orders;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Who reaches what: keys on their own paths only, credentials from the header only, actuator details for the admin. */
@HubTest(sandbox = true)
class ApiSecurityIntegrationTests {

	static final String BASIC_ADMIN = "Basic " + java.util.Base64.getEncoder()
		.encodeToString(("admin:" + HubFixture.ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));

	@LocalServerPort
	int port;

	@Autowired
	CamelContext camel;

	ApiClient api;

	@BeforeEach
	void client() {
		api = new ApiClient(port);
	}

	@Test
	void credentialsInTheQueryStringNeverAuthenticate() {
		var retailer = api.get("/api/v1/orders?Authorization=Bearer%20demo-shop-key", null);
		var admin = api.get("/api/v1/admin/deliveries?Authorization=" + BASIC_ADMIN.replace(" ", "%20"), null);
		var supplier = api.get("/api/v1/supplier/orders?authorization=Bearer%20acme-test-key", null);

		assertThat(retailer.status()).isEqualTo(401);
		assertThat(admin.status()).isEqualTo(401);
		assertThat(supplier.status()).isEqualTo(401);
		assertThat(retailer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(admin.header("WWW-Authenticate")).startsWith("Basic");
	}

	@Test
	void aQueryStringAuthorizationBesideAValidHeaderIsIgnored() {
		var reply = api.get("/api/v1/orders?Authorization=Bearer%20other-shop-key", "demo-shop-key");

		assertThat(reply.status()).isEqualTo(200);
	}

	@Test
	void eachKeyOpensOnlyItsOwnPaths() {
		assertThat(api.get("/api/v1/orders", "demo-shop-key").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/supplier/orders", "acme-test-key").status()).isEqualTo(200);
		assertThat(api.getAsAdmin("/api/v1/admin/deliveries").status()).isEqualTo(200);

		assertThat(api.get("/api/v1/supplier/orders", "demo-shop-key").status()).isEqualTo(401);
		assertThat(api.get("/api/v1/orders", "acme-test-key").status()).isEqualTo(401);
		assertThat(api.get("/api/v1/admin/deliveries", "demo-shop-key").status()).isEqualTo(401);
		assertThat(api.getAsAdmin("/api/v1/orders").status()).isEqualTo(403);
	}

	@Test
	void theRetailerTheKeyBelongsToIsTheOneRoutesSee() {
		String ref = Orders.uniqueRef();
		String number = api.postOrder("demo-shop-key", Orders.multiSupplier(ref)).json().get("orderNumber").asText();

		assertThat(api.get("/api/v1/orders/" + number, "demo-shop-key").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/orders/" + number, "other-shop-key").status()).isEqualTo(404);
	}

	@Test
	void actuatorDetailsAndMetricsNeedTheAdmin() {
		var health = api.get("/actuator/health", null);

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asText()).isEqualTo("UP");
		assertThat(health.json().has("components")).as("health details without the admin").isFalse();
		for (String path : new String[] { "/actuator/prometheus", "/actuator/metrics", "/actuator/info",
				"/actuator/health/db" }) {
			assertThat(api.get(path, null).status()).as(path).isEqualTo(401);
			assertThat(api.get(path, "demo-shop-key").status()).as(path).isEqualTo(401);
		}
		assertThat(api.getAsAdmin("/actuator/prometheus").status()).isEqualTo(200);
		assertThat(api.getAsAdmin("/actuator/health").json().has("components")).isTrue();
	}

	@Test
	void theLivenessAndReadinessProbesArePublicAndSayOnlyTheStatus() {
		for (String path : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			var probe = api.get(path, null);

			assertThat(probe.status()).as(path).isEqualTo(200);
			assertThat(probe.json().get("status").asText()).as(path).isEqualTo("UP");
			assertThat(probe.json().has("components")).as(path + " details without the admin").isFalse();
			assertThat(probe.json().has("details")).as(path + " details without the admin").isFalse();
		}
	}

	@Test
	void pathsWithoutARuleStayClosed() {
		var unknown = api.get("/api/v1/reports", "demo-shop-key");
		var outside = api.get("/internal/anything", null);

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(outside.status()).isEqualTo(404);
		assertThat(outside.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void anExceptionPastTheErrorRoutesAnswersProblemJsonWithoutAStackTrace() throws Exception {
		camel.addRoutes(new RouteBuilder() {
			@Override
			public void configure() {
				// No error handler at all: the exception reaches the servlet, as one thrown during a reload would.
				errorHandler(noErrorHandler());
				from("servlet:/v1/admin/explode").routeId("test-explode")
					.throwException(new IllegalStateException("secret detail at com.orderdispatch.hub.Internal"));
			}
		});

		var reply = api.send(api.request("/api/v1/admin/explode", null).header("Authorization", BASIC_ADMIN).GET());

		assertThat(reply.status()).isEqualTo(500);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reply.json().get("status").asInt()).isEqualTo(500);
		assertThat(reply.response().body()).doesNotContain("secret detail", "at com.", "Exception");
	}

	@Test
	void theSandboxAnswersThisMachine() {
		// The test client is on loopback; the refusal of other addresses is in SandboxAccessIntegrationTests.
		assertThat(api.get("/sandbox/mail", null).status()).isEqualTo(200);
	}


}
