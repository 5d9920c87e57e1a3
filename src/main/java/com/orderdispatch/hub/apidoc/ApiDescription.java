package com.orderdispatch.hub.apidoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.orderdispatch.hub.lifecycle.LifecycleProperties;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The API contract as served: the maintained openapi/openapi.yaml with the reject reasons and carriers this hub is
 * configured with, and {@code servers} naming the address the caller reached the hub at.
 */
@Component
class ApiDescription {

	static final String LOCATION = "openapi/openapi.yaml";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final ObjectMapper YAML = new ObjectMapper(
			YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());

	private final ObjectNode document;

	ApiDescription(LifecycleProperties lifecycle) {
		this.document = load();
		var schemas = (ObjectNode) document.path("components").path("schemas");
		replaceEnum((ObjectNode) schemas.get("RejectReason"), lifecycle.rejectReasons());
		replaceEnum((ObjectNode) schemas.get("Carrier"), lifecycle.carriers());
	}

	/** The document as JSON, its only server the given base URL (scheme, host and any proxy prefix). */
	byte[] json(String baseUrl) {
		return write(JSON, baseUrl);
	}

	byte[] yaml(String baseUrl) {
		return write(YAML, baseUrl);
	}

	private byte[] write(ObjectMapper mapper, String baseUrl) {
		ObjectNode served = document.deepCopy();
		ArrayNode servers = served.putArray("servers");
		servers.addObject().put("url", baseUrl).put("description", "This hub, as you reached it");
		try {
			return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(served);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void replaceEnum(ObjectNode schema, List<String> values) {
		ArrayNode allowed = schema.putArray("enum");
		values.forEach(allowed::add);
	}

	private static ObjectNode load() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return (ObjectNode) YAML.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + LOCATION, ex);
		}
	}

}
