package com.orderdispatch.hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain HTTP client for the hub's API, as a retailer's or supplier's developer would call it. */
public final class ApiClient {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The tests' one HTTP client (HubFixture sends through it too). */
	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final String baseUrl;

	public ApiClient(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	public static String sample(String name) {
		try {
			return Files.readString(Path.of("samples", name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Reply postOrder(String key, String body) {
		return send(request("/api/v1/orders", key).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public Reply get(String path, String key) {
		return send(request(path, key).GET());
	}

	/** A GET with the test admin's HTTP Basic login (HubFixture.ADMIN_PASSWORD). */
	public Reply getAsAdmin(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString(("admin:" + HubFixture.ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.GET());
	}

	public Reply send(HttpRequest.Builder request) {
		return new Reply(exchange(request.build()));
	}

	/** Sends the request and answers the response with its body as text. */
	public static HttpResponse<String> exchange(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpRequest.Builder request(String path, String key) {
		var builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
		if (key != null) {
			builder.header("Authorization", "Bearer " + key);
		}
		return builder;
	}

	/** An HTTP answer with its body parsed as JSON. */
	public record Reply(HttpResponse<String> response) {

		public int status() {
			return response.statusCode();
		}

		public JsonNode json() {
			try {
				return JSON.readTree(response.body());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		public String header(String name) {
			return response.headers().firstValue(name).orElse(null);
		}

	}

}
