package com.orderdispatch.hub.admin;

import java.net.http.HttpRequest;
import java.nio.file.Files;

import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class AdminConfigApiIntegrationTests extends HubIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSupplierPutThroughTheApiIsWrittenAppliedAndAudited() throws Exception {
		var put = put("/suppliers/scripted", """
				{"name": "Scripted Supplies", "contactEmail": "orders@scripted.example",
				 "channels": {"webhook": {"url": "%s", "secrets": ["${SCRIPTED_WEBHOOK_SECRET:%s}"]}}}"""
			.formatted(RECEIVER.url("scripted"), HubFixture.SECRET));
		assertThat(put.statusCode()).isEqualTo(200);
		assertThat(put.body()).contains("\"id\":\"scripted\"", "${SCRIPTED_WEBHOOK_SECRET}")
			.doesNotContain(HubFixture.SECRET);
		assertThat(Files.readString(configDirectory.resolve("suppliers.yaml"))).contains("id: scripted");

		HubFixture.postOrder(port, HubFixture.order("SCRIPTED-1", "scripted"));
		org.awaitility.Awaitility.await().until(() -> RECEIVER.received("scripted").size() == 1);

		var get = HubFixture.send(HubFixture.admin(port, "/suppliers/scripted", HubFixture.ADMIN_PASSWORD).GET().build());
		assertThat(get.statusCode()).isEqualTo(200);
		assertThat(get.body()).contains("\"url\":\"" + RECEIVER.url("scripted") + "\"")
			.contains("\"secrets\":[\"${SCRIPTED_WEBHOOK_SECRET}\"]");
		assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'admin (API)' and action = 'supplier scripted added'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anInvalidSupplierIsRefusedWithEachFieldNamedAndTheFileUnchanged() throws Exception {
		byte[] before = Files.readAllBytes(configDirectory.resolve("suppliers.yaml"));
		var put = put("/suppliers/control", """
				{"name": "", "contactEmail": "not an address",
				 "channels": {"webhook": {"url": "ftp://nowhere", "secrets": ["${CONTROL_SECRET:%s}"]}}}"""
			.formatted(HubFixture.SECRET));

		assertThat(put.statusCode()).isEqualTo(400);
		assertThat(put.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(put.body()).contains("\"field\":\"name\"", "\"field\":\"contactEmail\"",
				"\"field\":\"channels.webhook.url\"");
		assertThat(Files.readAllBytes(configDirectory.resolve("suppliers.yaml"))).isEqualTo(before);
	}

	@Test
	void aSupplierListingAnAddressOrASecretTwiceIsRefusedAndTheFileUnchanged() throws Exception {
		byte[] before = Files.readAllBytes(configDirectory.resolve("suppliers.yaml"));
		var addressTwice = put("/suppliers/doubled", """
				{"name": "Doubled", "contactEmail": "orders@doubled.example",
				 "channels": {"email": {"to": ["orders@doubled.example", "Orders@Doubled.example"]}}}""");
		var secretTwice = put("/suppliers/control", """
				{"name": "Supplier control", "contactEmail": "orders@control.example",
				 "channels": {"webhook": {"url": "%s", "secrets": ["${CONTROL_SECRET:%s}", "%s"]}}}"""
			.formatted(RECEIVER.url("control"), HubFixture.SECRET, HubFixture.SECRET));

		assertThat(addressTwice.statusCode()).isEqualTo(400);
		assertThat(addressTwice.headers().firstValue("Content-Type").orElseThrow())
			.startsWith("application/problem+json");
		assertThat(addressTwice.body()).contains("\"field\":\"channels.email.to\"", "twice");
		assertThat(secretTwice.statusCode()).isEqualTo(400);
		assertThat(secretTwice.headers().firstValue("Content-Type").orElseThrow())
			.startsWith("application/problem+json");
		assertThat(secretTwice.body()).contains("\"field\":\"channels.webhook.secrets\"", "same secret twice")
			.doesNotContain(HubFixture.SECRET.substring(6));
		assertThat(Files.readAllBytes(configDirectory.resolve("suppliers.yaml"))).isEqualTo(before);
		assertThat(HubFixture.send(HubFixture.admin(port, "/suppliers/doubled", HubFixture.ADMIN_PASSWORD).GET().build())
			.statusCode()).isEqualTo(404);
	}

	@Test
	void aRetailerSentBackWithItsMaskedKeyKeepsTheKey() throws Exception {
		var get = HubFixture.send(HubFixture.admin(port, "/retailers/demo-shop", HubFixture.ADMIN_PASSWORD).GET().build());
		assertThat(get.statusCode()).isEqualTo(200);
		assertThat(get.body()).contains("\"apiKey\":\"${DEMO_SHOP_API_KEY}\"").doesNotContain("demo-shop-key");

		var put = put("/retailers/demo-shop", get.body().replace("Demo Shop", "Demo Shop GmbH"));
		assertThat(put.statusCode()).isEqualTo(200);
		assertThat(Files.readString(configDirectory.resolve("retailers.yaml"))).contains("Demo Shop GmbH")
			.contains("${DEMO_SHOP_API_KEY:demo-shop-key}");
		assertThat(HubFixture.postOrder(port, HubFixture.order("RETAILER-KEY-KEPT-1", "control")).statusCode())
			.isEqualTo(201);
	}

	@Test
	void aCatalogEntryNamingNoSupplierIsRefused() {
		var refused = put("/catalog/API-SKU-1", "{\"supplierId\": \"nobody\"}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"supplierId\"");

		assertThat(put("/catalog/API-SKU-1", "{\"supplierId\": \"control\", \"description\": \"Widget\"}").statusCode())
			.isEqualTo(200);
		var get = HubFixture.send(HubFixture.admin(port, "/catalog/API-SKU-1", HubFixture.ADMIN_PASSWORD).GET().build());
		assertThat(get.body()).contains("\"sku\":\"API-SKU-1\"", "\"supplierId\":\"control\"");
	}

	@Test
	void theConfigurationApiNeedsTheAdmin() {
		assertThat(HubFixture.send(HubFixture.admin(port, "/suppliers/control", "wrong").GET().build()).statusCode())
			.isEqualTo(401);
		assertThat(HubFixture.send(HubFixture.admin(port, "/suppliers/nobody", HubFixture.ADMIN_PASSWORD).GET().build())
			.statusCode()).isEqualTo(404);
	}

	private java.net.http.HttpResponse<String> put(String path, String json) {
		return HubFixture.send(HubFixture.admin(port, path, HubFixture.ADMIN_PASSWORD)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

}
