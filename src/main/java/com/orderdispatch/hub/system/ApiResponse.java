package com.orderdispatch.hub.system;

import java.util.Map;

/** What an API bean answers: the status and the object to send as JSON, plus any extra response headers. */
public record ApiResponse(int status, Object body, Map<String, String> headers) {

	public static ApiResponse ok(Object body) {
		return new ApiResponse(200, body, Map.of());
	}

	public static ApiResponse created(Object body, String location) {
		return new ApiResponse(201, body, Map.of("Location", location));
	}

}
