package com.orderdispatch.hub.channel.csv;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.orderdispatch.hub.order.SupplierOrderView;

/**
 * The name of an order file, from a supplier's pattern such as {@code {supplierOrderNumber}.csv} (the default). The
 * name is made only of the frozen order's fields, so a retry writes the same name and replaces the file rather than
 * adding a second one. Every value is reduced to letters, digits, {@code . _ -}; the pattern itself may hold no
 * path separator, no {@code ..} and no leading dot, so a name can never leave the supplier's directory or hide.
 */
public final class OrderFileName {

	public static final String DEFAULT_PATTERN = "{supplierOrderNumber}.csv";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

	private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._-]*");

	private static final int MAX_LENGTH = 200;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

	private static final Map<String, Function<SupplierOrderView, String>> FIELDS = fields();

	private final String pattern;

	private OrderFileName(String pattern) {
		this.pattern = pattern;
	}

	/** The pattern, or the default when it is null. Call {@link #problem(String)} first: a bad pattern throws. */
	public static OrderFileName of(String pattern) {
		String chosen = pattern == null ? DEFAULT_PATTERN : pattern;
		problem(chosen).ifPresent(problem -> {
			throw new IllegalArgumentException("file name pattern " + problem);
		});
		return new OrderFileName(chosen);
	}

	/** What is wrong with a pattern, for the configuration to refuse it; empty when it is good. */
	public static Optional<String> problem(String pattern) {
		if (pattern == null) {
			return Optional.empty();
		}
		if (!pattern.contains("{supplierOrderNumber}")) {
			return Optional.of("must contain {supplierOrderNumber}, so every order has a file of its own");
		}
		if (pattern.startsWith(".") || pattern.contains("..")) {
			return Optional.of("must not start with '.' or contain '..'");
		}
		Matcher matcher = PLACEHOLDER.matcher(pattern);
		int at = 0;
		while (matcher.find()) {
			if (!LITERAL.matcher(pattern.substring(at, matcher.start())).matches()) {
				return Optional.of("may only hold letters, digits, '.', '_', '-' besides placeholders");
			}
			if (!FIELDS.containsKey(matcher.group(1))) {
				return Optional.of("names an unknown placeholder {" + matcher.group(1) + "}; known: "
						+ FIELDS.keySet());
			}
			at = matcher.end();
		}
		if (!LITERAL.matcher(pattern.substring(at)).matches()) {
			return Optional.of("may only hold letters, digits, '.', '_', '-' besides placeholders");
		}
		return Optional.empty();
	}

	public String nameFor(SupplierOrderView order) {
		Matcher matcher = PLACEHOLDER.matcher(pattern);
		var name = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(name, Matcher.quoteReplacement(safe(FIELDS.get(matcher.group(1)).apply(order))));
		}
		matcher.appendTail(name);
		String result = name.toString().replace("..", "_.");
		return result.length() > MAX_LENGTH ? result.substring(result.length() - MAX_LENGTH) : result;
	}

	/** A value from an order: anything but letters, digits and . _ - becomes '_', and it never starts with '.'. */
	static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return "_";
		}
		String plain = value.replaceAll("[^A-Za-z0-9._-]", "_");
		return plain.startsWith(".") ? "_" + plain.substring(1) : plain;
	}

	private static Map<String, Function<SupplierOrderView, String>> fields() {
		var fields = new LinkedHashMap<String, Function<SupplierOrderView, String>>();
		fields.put("supplierOrderNumber", SupplierOrderView::supplierOrderNumber);
		fields.put("orderNumber", SupplierOrderView::orderNumber);
		fields.put("supplierId", SupplierOrderView::supplierId);
		fields.put("retailerId", SupplierOrderView::retailerId);
		fields.put("retailerOrderRef", SupplierOrderView::retailerOrderRef);
		fields.put("placedDate", order -> order.placedAt() == null ? null : DATE.format(order.placedAt()));
		return Map.copyOf(fields);
	}

	@Override
	public String toString() {
		return pattern;
	}

}
