package com.orderdispatch.hub.apidoc;

import java.net.http.HttpRequest;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.orderdispatch.hub.lifecycle.LifecycleProperties;
import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.HubTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The API reference as a new integrator meets it: a valid document, pointing at the hub, and Swagger UI. */
@HubTest
class ApiReferenceIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	LifecycleProperties lifecycle;

	@Test
	void theServedDescriptionIsAValidOpenApiDocument() {
		var reply = api().get("/api/v1/openapi.json", null);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).startsWith("application/json");
		var options = new ParseOptions();
		options.setResolve(true);
		var result = new OpenAPIV3Parser().readContents(reply.response().body(), null, options);
		assertThat(result.getMessages()).isEmpty();
		assertThat(result.getOpenAPI().getPaths()).hasSize(19);
	}

	@Test
	void theYamlIsTheSameDocumentAsTheJson() throws Exception {
		var yaml = api().get("/api/v1/openapi.yaml", null);

		assertThat(yaml.status()).isEqualTo(200);
		assertThat(yaml.header("Content-Type")).startsWith("application/yaml");
		JsonNode fromYaml = new ObjectMapper(new YAMLFactory()).readTree(yaml.response().body());
		assertThat(fromYaml).isEqualTo(api().get("/api/v1/openapi.json", null).json());
	}

	@Test
	void theServerIsWhereTheCallerReachedTheHub() {
		assertThat(server(api().request("/api/v1/openapi.json", null))).isEqualTo("http://localhost:" + port);
	}

	@Test
	void theServerIsThePublicAddressBehindAReverseProxy() {
		var request = api().request("/api/v1/openapi.json", null)
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "hub.example.com, internal.lb")
			.header("X-Forwarded-Port", "8443")
			.header("X-Forwarded-Prefix", "/dispatch/");

		assertThat(server(request)).isEqualTo("https://hub.example.com:8443/dispatch");
	}

	@Test
	void forwardedValuesThatAreNoAddressAreIgnored() {
		var request = api().request("/api/v1/openapi.json", null)
			.header("X-Forwarded-Proto", "javascript")
			.header("X-Forwarded-Host", "evil.example\"><script>")
			.header("X-Forwarded-Prefix", "/a b");

		assertThat(server(request)).isEqualTo("http://localhost:" + port);
	}

	@Test
	void theReferenceEchoesNoRequestHeader() {
		for (String path : List.of("/api/v1/openapi.json", "/api/v1/openapi.yaml", "/api/docs/")) {
			var reply = api().send(api().request(path, null)
				.header("Cookie", "session=cookie-secret")
				.header("X-Custom-Trace", "custom-secret")
				.GET());

			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.response().headers().map()).doesNotContainKeys("cookie", "x-custom-trace", "Cookie",
					"X-Custom-Trace");
			assertThat(reply.response().headers().map().toString()).doesNotContain("cookie-secret", "custom-secret");
		}
	}

	@Test
	void rejectReasonsAndCarriersAreTheOnesThisHubIsConfiguredWith() {
		JsonNode schemas = api().get("/api/v1/openapi.json", null).json().get("components").get("schemas");

		assertThat(schemas.get("RejectReason").get("enum")).extracting(JsonNode::asText)
			.containsExactlyElementsOf(lifecycle.rejectReasons());
		assertThat(schemas.get("Carrier").get("enum")).extracting(JsonNode::asText)
			.containsExactlyElementsOf(lifecycle.carriers());
	}

	@Test
	void swaggerUiRendersTheDescriptionWithoutCredentials() {
		var page = api().get("/api/docs/", null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.response().body()).contains("swagger-ui-bundle.js", "init.js");
		assertThat(api().get("/api/docs/init.js", null).response().body()).contains("../v1/openapi.json");
		var bundle = api().get("/api/docs/swagger-ui-bundle.js", null);
		assertThat(bundle.status()).isEqualTo(200);
		assertThat(bundle.header("Content-Type")).startsWith("text/javascript");

		var bare = api().get("/api/docs", null);
		assertThat(bare.status()).isEqualTo(301);
		assertThat(bare.header("Location")).isEqualTo("docs/");
		assertThat(api().get("/api/docs/../../actuator/env", null).status()).isIn(400, 401, 404);
		assertThat(api().get("/api/docs/index.html.bak", null).status()).isEqualTo(404);
	}

	private String server(HttpRequest.Builder request) {
		return api().send(request.GET()).json().get("servers").get(0).get("url").asText();
	}

	private ApiClient api() {
		return new ApiClient(port);
	}

}
