package com.orderdispatch.hub.apidoc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Holds a webhook event the hub really sent against the description's {@code SupplierOrderEvent}: the envelope's
 * fields and event types as documented, and {@code data} exactly the documented supplier order (validated as the
 * answer of GET /api/v1/supplier/orders/{supplierOrderNumber}, which the document says it is).
 */
public final class WebhookEventContract {

	private static final Path DOCUMENT = Path.of("src/main/resources", ApiDescription.LOCATION);

	private WebhookEventContract() {
	}

	/** What is wrong with the event, empty when it is as documented. */
	public static List<String> problems(byte[] body) {
		try {
			String text = Files.readString(DOCUMENT);
			JsonNode schema = new ObjectMapper(new YAMLFactory()).readTree(text).at("/components/schemas/SupplierOrderEvent");
			JsonNode event = new ObjectMapper().readTree(body);
			var problems = new ArrayList<String>();
			var fields = new TreeSet<String>();
			event.fieldNames().forEachRemaining(fields::add);
			var documented = new TreeSet<String>();
			schema.get("properties").fieldNames().forEachRemaining(documented::add);
			if (!fields.equals(documented)) {
				problems.add("fields " + fields + ", documented " + documented);
			}
			var types = new TreeSet<String>();
			schema.at("/properties/type/enum").forEach(type -> types.add(type.asText()));
			if (!types.contains(event.path("type").asText())) {
				problems.add("type " + event.path("type") + " is not one of " + types);
			}
			var data = SimpleResponse.Builder.status(200)
				.withContentType("application/json")
				.withBody(event.path("data").toString())
				.build();
			OpenApiInteractionValidator.createForInlineApiSpecification(text)
				.build()
				.validateResponse("/api/v1/supplier/orders/" + event.path("subject").asText(), Request.Method.GET, data)
				.getMessages()
				.forEach(message -> problems.add("data: " + message));
			return problems;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
