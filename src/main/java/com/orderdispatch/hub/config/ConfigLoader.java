package com.orderdispatch.hub.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads the business configuration from a directory, resolves environment placeholders and validates it. Either the
 * whole configuration is good and a {@link HubConfig} comes back, or a {@link ConfigRejectedException} says why not.
 */
public class ConfigLoader {

	private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private final PlaceholderResolver placeholders;

	private final ConfigValidator validator;

	public ConfigLoader(UnaryOperator<String> environment, ConfigValidator validator) {
		this.placeholders = new PlaceholderResolver(environment);
		this.validator = validator;
	}

	public HubConfig load(Path directory) {
		var retailers = read(directory, ConfigFiles.RETAILERS, ConfigFiles.RetailersFile.class);
		var suppliers = read(directory, ConfigFiles.SUPPLIERS, ConfigFiles.SuppliersFile.class);
		var catalog = read(directory, ConfigFiles.CATALOG, ConfigFiles.CatalogFile.class);
		return validator.validate(retailers, suppliers, catalog);
	}

	private <T> T read(Path directory, String file, Class<T> type) {
		String text;
		try {
			text = Files.readString(directory.resolve(file), StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException ex) {
			throw new ConfigRejectedException(file, null, null, "file is missing from " + directory);
		}
		catch (IOException ex) {
			throw new ConfigRejectedException(file, null, null, "cannot be read: " + ex.getMessage());
		}
		String resolved = placeholders.resolve(file, text);
		try {
			T parsed = yaml.readValue(resolved, type);
			if (parsed == null) {
				throw new ConfigRejectedException(file, null, null, "file is empty");
			}
			return parsed;
		}
		catch (JsonMappingException ex) {
			throw new ConfigRejectedException(file, null, fieldPath(ex), problem(ex));
		}
		catch (JsonProcessingException ex) {
			throw new ConfigRejectedException(file, null, null, "is not valid YAML " + location(ex));
		}
	}

	private static String fieldPath(JsonMappingException ex) {
		return ex.getPath()
			.stream()
			.map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
	}

	private static String problem(JsonMappingException ex) {
		if (ex instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
			return "unknown setting '" + unknown.getPropertyName() + "' " + location(ex);
		}
		// The original message may quote the offending value; only say where and of what type it should be.
		return "has the wrong type or shape " + location(ex);
	}

	private static String location(JsonProcessingException ex) {
		var where = ex.getLocation();
		return where == null ? "" : "(line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
	}

}
