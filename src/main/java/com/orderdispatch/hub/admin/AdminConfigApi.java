package com.orderdispatch.hub.admin;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderdispatch.hub.config.ConfigEditor;
import com.orderdispatch.hub.config.SecretFields;
import com.orderdispatch.hub.system.ApiProblem;
import com.orderdispatch.hub.system.ApiResponse;
import com.orderdispatch.hub.system.FieldProblem;
import org.apache.camel.Body;
import org.apache.camel.Header;

import org.springframework.stereotype.Component;

/**
 * The configuration operations of the console as JSON, for tools: read and replace one supplier, retailer or catalog
 * entry. A replacement is checked with the rules of a file edit, written to the file and applied, or refused with
 * 400 naming each field at fault and the file unchanged. Secrets read back as {@code ${VARIABLE}}; sending that
 * back unchanged keeps the secret.
 */
@Component("adminConfigApi")
class AdminConfigApi {

	static final String ACTOR = "admin (API)";

	private final ConfigEditor editor;

	private final ObjectMapper json;

	private final SecretFields secrets;

	AdminConfigApi(ConfigEditor editor, ObjectMapper json, SecretFields secrets) {
		this.editor = editor;
		this.json = json;
		this.secrets = secrets;
	}

	public ApiResponse get(@Header("supplierId") String supplierId, @Header("retailerId") String retailerId,
			@Header("sku") String sku) {
		var target = Target.of(supplierId, retailerId, sku);
		return editor.entry(target.kind(), target.id())
			.map(entry -> ApiResponse.ok(secrets.masked(target.kind(), entry)))
			.orElseThrow(() -> ApiProblem.notFound(target.describe()));
	}

	public ApiResponse put(@Header("supplierId") String supplierId, @Header("retailerId") String retailerId,
			@Header("sku") String sku, @Body byte[] body) {
		var target = Target.of(supplierId, retailerId, sku);
		Map<String, Object> sent;
		try {
			sent = json.readValue(body, new TypeReference<Map<String, Object>>() {
			});
		}
		catch (IOException | RuntimeException ex) {
			throw ApiProblem.invalid("body", "must be a JSON object with the entry's settings");
		}
		if (sent == null) {
			throw ApiProblem.invalid("body", "must be a JSON object with the entry's settings");
		}
		Object sentId = sent.get(target.kind().idKey());
		if (sentId != null && !target.id().equals(String.valueOf(sentId))) {
			throw ApiProblem.invalid(target.kind().idKey(), "must match the path, or be left out");
		}
		var current = editor.entry(target.kind(), target.id()).orElse(null);
		var outcome = editor.put(target.kind(), target.id(), secrets.unmasked(target.kind(), sent, current),
				ACTOR);
		if (!outcome.applied()) {
			throw ApiProblem.invalid(outcome.problems()
				.stream()
				.map(problem -> new FieldProblem(problem.field() == null ? problem.file() : problem.field(),
						problem.toString()))
				.toList());
		}
		return get(supplierId, retailerId, sku);
	}

	private record Target(ConfigEditor.Kind kind, String id) {

		static Target of(String supplierId, String retailerId, String sku) {
			if (supplierId != null) {
				return new Target(ConfigEditor.Kind.SUPPLIERS, supplierId);
			}
			if (retailerId != null) {
				return new Target(ConfigEditor.Kind.RETAILERS, retailerId);
			}
			return new Target(ConfigEditor.Kind.CATALOG, sku);
		}

		String describe() {
			return switch (kind) {
				case SUPPLIERS -> "Supplier " + id;
				case RETAILERS -> "Retailer " + id;
				case CATALOG -> "Catalog SKU " + id;
			};
		}

	}

}
