package com.orderdispatch.hub.supplierapi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderdispatch.hub.lifecycle.Lifecycle;
import com.orderdispatch.hub.system.ApiProblem;
import com.orderdispatch.hub.system.ApiResponse;
import com.orderdispatch.hub.system.SqlTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a lifecycle call once per {@code Idempotency-Key}: the answer is stored with the change, in its transaction,
 * and a retry with the same key and body gets that answer again while nothing changes, also while the first call is
 * still running (calls with one key take turns on the key). The same key with another
 * body is a 409. Refusals (4xx) are not stored: a retry is judged again.
 */
@Component
class IdempotentCalls {

	private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[\\x21-\\x7e]{1,200}");

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Lifecycle lifecycle;

	private final ObjectMapper json;

	private final Clock clock;

	IdempotentCalls(JdbcClient jdbc, TransactionTemplate transaction, Lifecycle lifecycle, ObjectMapper json,
			Clock clock) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.lifecycle = lifecycle;
		this.json = json;
		this.clock = clock;
	}

	ApiResponse run(String principal, String key, String operation, byte[] body, Supplier<Lifecycle.Result> call) {
		if (key == null) {
			Lifecycle.Result result = transaction.execute(status -> call.get());
			lifecycle.committed(List.of(result.supplierOrderId()));
			return ApiResponse.ok(result.order());
		}
		if (!KEY.matcher(key).matches()) {
			throw ApiProblem.invalid("Idempotency-Key", "must be 1 to 200 visible ASCII characters");
		}
		String hash = hash(operation, body);
		var stored = find(principal, key, hash);
		if (stored.isPresent()) {
			return stored.get();
		}
		try {
			Lifecycle.Result result = transaction.execute(status -> {
				claim(principal, key, hash);
				Lifecycle.Result applied = call.get();
				jdbc.sql("""
						update api_idempotency set response_status = ?, response_body = ?
						where principal = ? and idempotency_key = ?""")
					.params(200, write(applied.order()), principal, key)
					.update();
				return applied;
			});
			lifecycle.committed(List.of(result.supplierOrderId()));
			return ApiResponse.ok(result.order());
		}
		catch (DuplicateKeyException ex) {
			// A concurrent call with the same key committed first; this one rolled back. Answer as it did.
			return find(principal, key, hash).orElseThrow(() -> ex);
		}
	}

	/**
	 * Takes the key before the change is planned. A concurrent call with the same key blocks on the primary key
	 * until this transaction ends: committed, it fails with DuplicateKeyException and answers what this one stored;
	 * rolled back (a refusal), it goes ahead and is judged itself. Without this, the second call waited for the
	 * order's row lock instead and was judged against the first call's change ("line A is SHIPPED: 409").
	 */
	private void claim(String principal, String key, String hash) {
		jdbc.sql("""
				insert into api_idempotency (principal, idempotency_key, request_hash, response_status, response_body,
				    created_at)
				values (?, ?, ?, 0, '', ?)""")
			.params(principal, key, hash, SqlTime.at(clock.instant()))
			.update();
	}

	private Optional<ApiResponse> find(String principal, String key, String hash) {
		return jdbc.sql("""
				select request_hash, response_status, response_body from api_idempotency
				where principal = ? and idempotency_key = ?""")
			.params(principal, key)
			.query((rs, n) -> {
				if (!rs.getString(1).equals(hash)) {
					throw ApiProblem.conflict("Idempotency-Key '" + key
							+ "' was used before for a different request; use a new key for a new request.");
				}
				return new ApiResponse(rs.getInt(2), read(rs.getString(3)),
						java.util.Map.of("Idempotent-Replayed", "true"));
			})
			.optional();
	}

	private String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode read(String text) {
		try {
			return json.readTree(text);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hash(String operation, byte[] body) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			digest.update(operation.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(body == null ? new byte[0] : body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
