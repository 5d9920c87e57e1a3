package com.orderdispatch.hub.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Reads a small JSON request body into a record, strictly (unknown fields, fractions for integers and trailing
 * tokens refused), and validates it: anything wrong is a 400 naming each field.
 */
@Component
public class JsonBodyReader {

	private final ObjectMapper json;

	private final Validator validator;

	JsonBodyReader(ObjectMapper json, Validator validator) {
		this.json = json;
		this.validator = validator;
	}

	/** The body as {@code type}; an empty body reads as {@code whenEmpty} (null: the body is required). */
	public <T> T read(byte[] body, Class<T> type, T whenEmpty) {
		T value;
		if (body == null || body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
			if (whenEmpty == null) {
				throw ApiProblem.invalid("body", "must be a JSON object");
			}
			value = whenEmpty;
		}
		else {
			value = parse(body, type);
		}
		var problems = new ArrayList<FieldProblem>();
		validator.validate(value)
			.forEach(violation -> problems
				.add(new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage())));
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparing(FieldProblem::field));
			throw ApiProblem.invalid(problems);
		}
		return value;
	}

	private <T> T parse(byte[] body, Class<T> type) {
		try {
			T value = json.readerFor(type)
				.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
				.with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
				.without(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
				.readValue(body);
			if (value == null) {
				throw ApiProblem.invalid("body", "must be a JSON object");
			}
			return value;
		}
		catch (JsonMappingException ex) {
			String field = path(ex);
			if (ex instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
				throw ApiProblem.invalid(field, "is not a known field");
			}
			throw ApiProblem.invalid(field, "has the wrong type or format");
		}
		catch (JsonProcessingException ex) {
			throw ApiProblem.invalid("body", "is not valid JSON");
		}
		catch (IOException ex) {
			throw ApiProblem.invalid("body", "could not be read");
		}
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
