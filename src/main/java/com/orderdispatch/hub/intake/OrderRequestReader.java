package com.orderdispatch.hub.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderdispatch.hub.system.ApiProblem;
import com.orderdispatch.hub.system.FieldProblem;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/** Turns a request body into an {@link OrderRequest}, or a 400 naming every field at fault. */
@Component
class OrderRequestReader {

	private final ObjectReader reader;

	private final Validator validator;

	OrderRequestReader(ObjectMapper json, Validator validator) {
		// Floats must never pass through double on their way to a price.
		this.reader = json.readerFor(OrderRequest.class)
			.with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
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
		catch (JsonMappingException ex) {
			throw ApiProblem.invalid(path(ex), "has the wrong type or format");
		}
		catch (JsonProcessingException ex) {
			throw ApiProblem.invalid("body", "is not valid JSON (line " + ex.getLocation().getLineNr() + ", column "
					+ ex.getLocation().getColumnNr() + ")");
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
