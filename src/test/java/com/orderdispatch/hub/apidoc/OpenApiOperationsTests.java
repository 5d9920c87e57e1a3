package com.orderdispatch.hub.apidoc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The maintained API description and the REST routes name the same operations, so neither can gain or lose one
 * alone; and every operation is described the way a developer integrating from the document alone needs.
 */
class OpenApiOperationsTests {

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

	/** The Camel servlet's mapping (camel.servlet.mapping.context-path=/api/*). */
	private static final String SERVLET_PREFIX = "/api";

	@Test
	void theDescriptionHasExactlyTheOperationsOfTheRestRoutes() throws IOException {
		var routes = new TreeSet<String>();
		for (JsonNode entry : YAML.readTree(Path.of("routes", "api-rest.camel.yaml").toFile())) {
			JsonNode rest = entry.get("rest");
			if (rest == null) {
				continue;
			}
			String base = rest.path("path").asText("");
			rest.fields().forEachRemaining(field -> {
				if (METHODS.contains(field.getKey())) {
					field.getValue().forEach(operation -> routes.add(field.getKey().toUpperCase(Locale.ROOT) + " "
							+ SERVLET_PREFIX + base + operation.path("path").asText("")));
				}
			});
		}

		assertThat(documentedOperations()).isEqualTo(routes);
	}

	@Test
	void everyOperationIsDescribedForAnIntegrator() throws IOException {
		JsonNode document = document();
		var faults = new ArrayList<String>();
		document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
			String name = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
			JsonNode operation = op.getValue();
			for (String required : List.of("operationId", "summary", "description", "tags", "security", "responses")) {
				if (!operation.hasNonNull(required)) {
					faults.add(name + " has no " + required);
				}
			}
			operation.path("tags").forEach(tag -> {
				if (!Set.of("retailer", "supplier", "admin").contains(tag.asText())) {
					faults.add(name + " has tag " + tag.asText() + ", not an audience");
				}
			});
			var declared = new TreeSet<String>();
			operation.path("parameters").forEach(parameter -> declared.add(resolve(document, parameter).path("name").asText()));
			var matcher = Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
			while (matcher.find()) {
				if (!declared.contains(matcher.group(1))) {
					faults.add(name + " does not declare its path parameter " + matcher.group(1));
				}
			}
			if (operation.has("requestBody")
					&& resolve(document, operation.get("requestBody")).path("content").path("application/json").path("example").isMissingNode()) {
				faults.add(name + " has no example body");
			}
			operation.path("responses").fields().forEachRemaining(response -> {
				JsonNode resolved = resolve(document, response.getValue());
				if (!resolved.hasNonNull("description")) {
					faults.add(name + " answers " + response.getKey() + " without a description");
				}
				if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
					if (resolved.path("content").path("application/problem+json").isMissingNode()) {
						faults.add(name + " answers " + response.getKey() + " but not as problem+json");
					}
				}
			});
		}));

		assertThat(faults).isEmpty();
	}

	static Set<String> documentedOperations() throws IOException {
		var operations = new TreeSet<String>();
		document().get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
			if (METHODS.contains(method)) {
				operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
			}
		}));
		return operations;
	}

	private static JsonNode document() throws IOException {
		return YAML.readTree(Path.of("src/main/resources", ApiDescription.LOCATION).toFile());
	}

	/** Follows a local {@code $ref} such as #/components/responses/NotFound. */
	private static JsonNode resolve(JsonNode document, JsonNode node) {
		JsonNode ref = node.get("$ref");
		return ref == null ? node : document.at(ref.asText().substring(1));
	}

}
