package com.orderdispatch.hub.apidoc;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.HubFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls the hub and holds every exchange against the served API description: a well-formed call is validated in
 * both directions, a deliberately wrong one by its answer only. Records which statuses each operation answered.
 */
final class ContractClient {

	/** A caller: a Bearer key, the admin's Basic login, or nobody. */
	record Caller(String authorization) {

		static Caller key(String key) {
			return new Caller("Bearer " + key);
		}

		static Caller admin() {
			return new Caller("Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + HubFixture.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}

		static Caller nobody() {
			return new Caller(null);
		}

	}

	private final ApiClient api;

	private final OpenApiInteractionValidator validator;

	private final Map<Pattern, String> operations = new TreeMap<>((a, b) -> a.pattern().compareTo(b.pattern()));

	private final Map<String, Set<Integer>> answered = new TreeMap<>();

	ContractClient(ApiClient api) {
		this.api = api;
		JsonNode document = api.get("/api/v1/openapi.json", null).json();
		this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document.toString()).build();
		document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
				method -> operations.put(Pattern.compile(method.toUpperCase(Locale.ROOT) + " "
						+ path.getKey().replaceAll("\\{[^}]+}", "[^/]+")), method.toUpperCase(Locale.ROOT) + " "
						+ path.getKey())));
	}

	/** A call as the document describes it: the request must validate, and the answer have {@code status}. */
	ApiClient.Reply valid(int status, String method, String pathAndQuery, Caller caller, String body,
			String... headers) {
		return exchange(true, status, method, pathAndQuery, caller, body, "application/json", headers);
	}

	/** A call the hub must refuse with {@code status}: only the answer is validated. */
	ApiClient.Reply refused(int status, String method, String pathAndQuery, Caller caller, String body,
			String... headers) {
		return exchange(false, status, method, pathAndQuery, caller, body, "application/json", headers);
	}

	/** A well-formed call whose answer may be any of {@code statuses} (a race the caller cannot rule out). */
	ApiClient.Reply validAnyOf(Set<Integer> statuses, String method, String pathAndQuery, Caller caller, String body) {
		return exchange(true, statuses, method, pathAndQuery, caller, body, "application/json");
	}

	ApiClient.Reply refusedAs(int status, String method, String pathAndQuery, Caller caller, String body,
			String contentType) {
		return exchange(false, status, method, pathAndQuery, caller, body, contentType);
	}

	/** The operations of the document that never answered a 2xx and a 4xx through this client. */
	Set<String> notExercised(Set<String> among) {
		var missing = new TreeSet<String>();
		for (String operation : among) {
			var statuses = answered.getOrDefault(operation, Set.of());
			if (statuses.stream().noneMatch(s -> s < 300) || statuses.stream().noneMatch(s -> s >= 400 && s < 500)) {
				missing.add(operation + " answered only " + statuses);
			}
		}
		return missing;
	}

	private ApiClient.Reply exchange(boolean validateRequest, int status, String method, String pathAndQuery,
			Caller caller, String body, String contentType, String... headers) {
		return exchange(validateRequest, Set.of(status), method, pathAndQuery, caller, body, contentType, headers);
	}

	private ApiClient.Reply exchange(boolean validateRequest, Set<Integer> statuses, String method,
			String pathAndQuery, Caller caller, String body, String contentType, String... headers) {
		var request = api.request(pathAndQuery, null);
		if (caller.authorization() != null) {
			request.header("Authorization", caller.authorization());
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		if (body != null) {
			request.header("Content-Type", contentType);
		}
		request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body));
		var reply = api.send(request);
		String path = URI.create(pathAndQuery).getRawPath();
		String description = method + " " + pathAndQuery + " answered " + reply.status() + " "
				+ reply.response().body();
		assertThat(reply.status()).as(description).isIn(statuses);

		var response = SimpleResponse.Builder.status(reply.status()).withBody(reply.response().body());
		reply.response().headers().map().forEach(response::withHeader);
		var report = validateRequest
				? validator.validate(request(method, pathAndQuery, caller, body, contentType, headers),
						response.build())
				: validator.validateResponse(path, Request.Method.valueOf(method), response.build());
		assertThat(report.getMessages()).as(description).isEmpty();
		answered.computeIfAbsent(operation(method, path), key -> new TreeSet<>()).add(reply.status());
		return reply;
	}

	private String operation(String method, String path) {
		return operations.entrySet()
			.stream()
			.filter(entry -> entry.getKey().matcher(method + " " + path).matches())
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(method + " " + path + " (not in the document)");
	}

	private static Request request(String method, String pathAndQuery, Caller caller, String body,
			String contentType, String... headers) {
		URI uri = URI.create(pathAndQuery);
		var request = new SimpleRequest.Builder(method, uri.getRawPath());
		if (caller.authorization() != null) {
			request.withAuthorization(caller.authorization());
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.withHeader(headers[i], headers[i + 1]);
		}
		if (body != null) {
			request.withBody(body).withContentType(contentType);
		}
		for (String pair : queryPairs(uri.getRawQuery())) {
			String[] parts = pair.split("=", 2);
			request.withQueryParam(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
		}
		return request.build();
	}

	private static List<String> queryPairs(String query) {
		return query == null ? List.of() : new ArrayList<>(List.of(query.split("&")));
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
