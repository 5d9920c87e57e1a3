package com.orderdispatch.hub.intake;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.orderdispatch.hub.system.ApiProblem;
import com.orderdispatch.hub.system.FieldProblem;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Turns a request body into an {@link OrderRequest}, or a 400 naming every field at fault. Strict on purpose:
 * unknown fields, fractional, exponent or quoted quantities, deep nesting and over-long tokens are all refused
 * rather than guessed at, and every amount is bounded so that the totals fit their columns.
 */
@Component
class OrderRequestReader {

	/** numeric(19, 4): fifteen digits before the point. */
	static final BigDecimal MAX_TOTAL = new BigDecimal("1000000000000000");

	private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
		.maxNestingDepth(16)
		.maxNumberLength(40)
		.maxStringLength(20_000)
		.build();

	private final ObjectReader reader;

	private final Validator validator;

	OrderRequestReader(ObjectMapper json, Validator validator) {
		ObjectMapper strict = json.copyWith(JsonFactory.builder().streamReadConstraints(LIMITS).build());
		// A quantity is a JSON integer: "2", 1.5 and 1e2 are refused instead of being coerced.
		strict.coercionConfigFor(LogicalType.Integer)
			.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
		// Floats must never pass through double on their way to a price.
		this.reader = strict.readerFor(OrderRequest.class)
			.with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
		this.validator = validator;
	}

	OrderRequest read(byte[] body) {
		if (body == null || body.length == 0) {
			throw ApiProblem.invalid("body", "must be a JSON order");
		}
		OrderRequest request;
		try {
			request = reader.readValue(body);
		}
		catch (UnrecognizedPropertyException ex) {
			throw ApiProblem.invalid(path(ex), "is not a field of an order");
		}
		catch (JsonMappingException ex) {
			throw ApiProblem.invalid(path(ex), "has the wrong type or format");
		}
		catch (StreamConstraintsException ex) {
			throw ApiProblem.invalid("body", "is nested too deeply or has a value too long for an order");
		}
		catch (JsonProcessingException ex) {
			var where = ex.getLocation();
			throw ApiProblem.invalid("body", "is not valid JSON"
					+ (where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")"));
		}
		catch (IOException ex) {
			throw ApiProblem.invalid("body", "could not be read");
		}
		if (request == null) {
			throw ApiProblem.invalid("body", "must be a JSON order");
		}
		var problems = new ArrayList<FieldProblem>();
		validator.validate(request)
			.forEach(violation -> problems
				.add(new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage())));
		problems.addAll(duplicateLineRefs(request));
		if (problems.isEmpty()) {
			problems.addAll(totalsOutOfBounds(request));
		}
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparing(FieldProblem::field));
			throw ApiProblem.invalid(problems);
		}
		return request;
	}

	private static List<FieldProblem> duplicateLineRefs(OrderRequest request) {
		if (request.lines() == null) {
			return List.of();
		}
		var seen = new HashSet<String>();
		var problems = new ArrayList<FieldProblem>();
		for (int i = 0; i < request.lines().size(); i++) {
			var line = request.lines().get(i);
			if (line != null && line.lineRef() != null && !seen.add(line.lineRef())) {
				problems.add(new FieldProblem("lines[" + i + "].lineRef", "is used by another line of this order"));
			}
		}
		return problems;
	}

	/** Each line total and the order total must fit numeric(19, 4), or the insert would fail with a 500. */
	private static List<FieldProblem> totalsOutOfBounds(OrderRequest request) {
		var problems = new ArrayList<FieldProblem>();
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < request.lines().size(); i++) {
			var line = request.lines().get(i);
			BigDecimal lineTotal = line.unitPrice().multiply(BigDecimal.valueOf(line.quantity()));
			if (lineTotal.compareTo(MAX_TOTAL) >= 0) {
				problems.add(new FieldProblem("lines[" + i + "].unitPrice",
						"times quantity must stay below " + MAX_TOTAL.toPlainString()));
			}
			total = total.add(lineTotal);
		}
		if (problems.isEmpty() && total.compareTo(MAX_TOTAL) >= 0) {
			problems.add(new FieldProblem("lines", "the order total must stay below " + MAX_TOTAL.toPlainString()));
		}
		return problems;
	}

	private static String path(JsonMappingException ex) {
		var path = new StringBuilder();
		for (var ref : ex.getPath()) {
			if (ref.getFieldName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ref.getFieldName());
			}
			else {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

}
