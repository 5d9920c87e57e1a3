package com.orderdispatch.hub.intake;

import java.io.IOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A SHA-256 of an order request in canonical form: fields in alphabetical order, amounts without trailing zeros,
 * times in UTC. Two submissions that mean the same order have the same fingerprint, whatever their whitespace, field
 * order or "3.5" versus "3.50"; any difference in content changes it. Stored with the order, it tells a retry of
 * a retailerOrderRef (200, the original) from a different order under a reused ref (409).
 */
final class RequestFingerprint {

	private static final ObjectMapper CANONICAL = JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.addModule(new JavaTimeModule())
		.addModule(new SimpleModule().addSerializer(BigDecimal.class, new PlainDecimal()))
		.build();

	private RequestFingerprint() {
	}

	static String of(OrderRequest request) {
		try {
			byte[] canonical = CANONICAL.writeValueAsBytes(request);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
		}
		catch (JsonProcessingException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("cannot fingerprint an order request", ex);
		}
	}

	private static final class PlainDecimal extends StdSerializer<BigDecimal> {

		PlainDecimal() {
			super(BigDecimal.class);
		}

		@Override
		public void serialize(BigDecimal value, JsonGenerator out, SerializerProvider provider) throws IOException {
			out.writeString(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
		}

	}

}
