package com.orderdispatch.hub.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/** Customer and address are stored as JSON text: they are read whole and never queried by field. */
@Component
class JsonColumns {

	private final ObjectMapper json;

	JsonColumns(ObjectMapper json) {
		this.json = json;
	}

	Customer customer(String text) {
		return read(text, Customer.class);
	}

	Address address(String text) {
		return read(text, Address.class);
	}

	private <T> T read(String text, Class<T> type) {
		try {
			return json.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable", ex);
		}
	}

}
