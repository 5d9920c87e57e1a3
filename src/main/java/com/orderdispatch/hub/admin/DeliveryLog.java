package com.orderdispatch.hub.admin;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderdispatch.hub.audit.AuditLog;
import com.orderdispatch.hub.deliverylog.DeliveryFilter;
import com.orderdispatch.hub.deliverylog.DeliveryQueries;
import com.orderdispatch.hub.dispatch.DeliveryRecovery;
import com.orderdispatch.hub.system.ApiProblem;
import com.orderdispatch.hub.system.ApiResponse;
import com.orderdispatch.hub.system.QueryParams;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.Message;

import org.springframework.stereotype.Component;

/**
 * The admin's view of deliveries and the way to recover them: list with attempts, retry one, or replay every dead
 * and disabled delivery of a supplier since a point in time. Recovered deliveries keep their idempotency key.
 */
@Component("deliveryLog")
class DeliveryLog {

	private static final Set<String> STATUSES = Set.of("PENDING", "IN_FLIGHT", "DELIVERED", "DEAD", "DISABLED");

	private final DeliveryQueries queries;

	private final DeliveryRecovery recovery;

	private final ObjectMapper json;

	private final AuditLog audit;

	DeliveryLog(DeliveryQueries queries, DeliveryRecovery recovery, ObjectMapper json, AuditLog audit) {
		this.queries = queries;
		this.recovery = recovery;
		this.json = json;
		this.audit = audit;
	}

	public ApiResponse list(Message message) {
		var params = new QueryParams(message);
		String status = params.text("status");
		if (status != null && !STATUSES.contains(status.toUpperCase(Locale.ROOT))) {
			throw ApiProblem.invalid("status", "must be one of " + STATUSES);
		}
		return ApiResponse.ok(queries.find(new DeliveryFilter(params.text("supplierId"), params.text("channel"),
				status == null ? null : status.toUpperCase(Locale.ROOT), params.text("orderNumber"),
				params.integer("page", 0, 0, 100_000), params.integer("size", 50, 1, 200))));
	}

	public ApiResponse retry(@Header("id") String id) {
		long deliveryId;
		try {
			deliveryId = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw ApiProblem.notFound("Delivery " + id);
		}
		if (queries.find(deliveryId).isEmpty()) {
			throw ApiProblem.notFound("Delivery " + id);
		}
		if (!recovery.retry(deliveryId)) {
			throw ApiProblem.conflict("Delivery " + id + " is being sent right now; try again once it has finished.");
		}
		audit.record(AdminConfigApi.ACTOR, "delivery retried", "delivery " + deliveryId, null);
		return ApiResponse.ok(queries.find(deliveryId).orElseThrow());
	}

	/** Takes {@code supplierId} and {@code since} from a JSON body or, failing that, from the query. */
	public ApiResponse replay(Exchange exchange) throws IOException {
		var params = new QueryParams(exchange.getMessage());
		String supplierId = params.text("supplierId");
		Instant since = params.instant("since");
		byte[] body = exchange.getMessage().getBody(byte[].class);
		if (body != null && body.length > 0) {
			ReplayRequest request;
			try {
				request = json.readValue(body, ReplayRequest.class);
			}
			catch (IOException ex) {
				throw ApiProblem.invalid("body", "must be a JSON object with supplierId and since");
			}
			supplierId = request.supplierId() != null ? request.supplierId() : supplierId;
			since = request.since() != null ? request.since() : since;
		}
		if (supplierId == null || supplierId.isBlank()) {
			throw ApiProblem.invalid("supplierId", "is required");
		}
		if (since == null) {
			throw ApiProblem.invalid("since", "is required, e.g. 2026-11-22T10:00:00Z");
		}
		int replayed = recovery.replay(supplierId, since);
		audit.record(AdminConfigApi.ACTOR, "dead deliveries replayed", "supplier " + supplierId,
				replayed + " deliveries since " + since + " sent again");
		return ApiResponse.ok(Map.of("supplierId", supplierId, "since", since.toString(), "replayed", replayed));
	}

	record ReplayRequest(String supplierId, Instant since) {
	}

}
