package com.orderdispatch.hub.channel.email;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

/**
 * The email templates, compiled and proven: each one has been rendered against a sample model, so a misspelt
 * variable or an unclosed section is found when the file is read, not when an order is sent.
 */
record TemplateSet(Map<String, Template> templates) {

	static final String ORDER_SUBJECT = "order-email-subject.txt";

	static final String ORDER_TEXT = "order-email.txt";

	static final String ORDER_HTML = "order-email.html";

	static final String NEW_ORDER_SUBJECT = "new-order-notice-subject.txt";

	static final String NEW_ORDER_TEXT = "new-order-notice.txt";

	static final String CANCELLATION_SUBJECT = "retailer-cancellation-subject.txt";

	static final String CANCELLATION_TEXT = "retailer-cancellation.txt";

	static final String STATUS_NOTICE_SUBJECT = "retailer-status-notice-subject.txt";

	static final String STATUS_NOTICE_TEXT = "retailer-status-notice.txt";

	static final String SUPPLIER_CHANGE_SUBJECT = "supplier-order-changed-subject.txt";

	static final String SUPPLIER_CHANGE_TEXT = "supplier-order-changed.txt";

	static final List<String> FILES = List.of(ORDER_SUBJECT, ORDER_TEXT, ORDER_HTML, NEW_ORDER_SUBJECT,
			NEW_ORDER_TEXT, CANCELLATION_SUBJECT, CANCELLATION_TEXT, STATUS_NOTICE_SUBJECT, STATUS_NOTICE_TEXT,
			SUPPLIER_CHANGE_SUBJECT, SUPPLIER_CHANGE_TEXT);

	// A variable that is absent from the model is an error; one that is present but empty renders as nothing.
	private static final Mustache.Compiler TEXT = Mustache.compiler()
		.escapeHTML(false)
		.nullValue("")
		.emptyStringIsFalse(true);

	private static final Mustache.Compiler HTML = Mustache.compiler()
		.escapeHTML(true)
		.nullValue("")
		.emptyStringIsFalse(true);

	/** Reads, compiles and trial-renders every file; the first problem is thrown naming its file. */
	static TemplateSet load(Path directory) {
		var compiled = new LinkedHashMap<String, Template>();
		for (String file : FILES) {
			Path path = directory.resolve(file);
			try {
				String source = Files.readString(path, StandardCharsets.UTF_8);
				Template template = (file.endsWith(".html") ? HTML : TEXT).compile(source);
				template.execute(sampleFor(file));
				compiled.put(file, template);
			}
			catch (CharacterCodingException ex) {
				throw new TemplateRejectedException(path, "is not UTF-8 text", ex);
			}
			catch (IOException ex) {
				throw new TemplateRejectedException(path, "cannot be read (" + ex.getClass().getSimpleName() + ")",
						ex);
			}
			catch (MustacheException ex) {
				throw new TemplateRejectedException(path, ex.getMessage(), ex);
			}
		}
		return new TemplateSet(Map.copyOf(compiled));
	}

	String render(String file, Map<String, Object> model) {
		return templates.get(file).execute(model);
	}

	private static Map<String, Object> sampleFor(String file) {
		if (file.startsWith("retailer-cancellation")) {
			return EmailModels.cancellation(EmailModels.sampleOrder(), "Demo Shop", "ACME Tools Ltd",
					"Out of stock", "supplier");
		}
		if (file.startsWith("retailer-status-notice") || file.startsWith("supplier-order-changed")) {
			return EmailModels.change(EmailModels.sampleOrder(), "Demo Shop", "ACME Tools Ltd");
		}
		return EmailModels.order(EmailModels.sampleOrder(), "Demo Shop", "ACME Tools Ltd");
	}

}
