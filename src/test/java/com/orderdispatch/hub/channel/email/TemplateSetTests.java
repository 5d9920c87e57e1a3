package com.orderdispatch.hub.channel.email;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TemplateSetTests {

	@TempDir
	Path directory;

	@Test
	void loadsTheShippedTemplates() {
		var templates = TemplateSet.load(Path.of("config", "templates"));

		var model = EmailModels.order(EmailModels.sampleOrder(), "Demo <Shop>", "ACME");
		assertThat(templates.render(TemplateSet.ORDER_SUBJECT, model)).isEqualTo("Order ODH-0-sample from Demo <Shop>");
		assertThat(templates.render(TemplateSet.ORDER_HTML, model)).contains("Demo &lt;Shop&gt;");
		assertThat(templates.render(TemplateSet.ORDER_TEXT, model)).contains("Demo <Shop>", "Floor 2");
	}

	@Test
	void refusesAnUnclosedSectionNamingTheFile() throws IOException {
		copyShipped();
		Files.writeString(directory.resolve(TemplateSet.ORDER_TEXT), "{{#lines}}{{sku}}");

		assertThatExceptionOfType(TemplateRejectedException.class).isThrownBy(() -> TemplateSet.load(directory))
			.withMessageContaining("order-email.txt");
	}

	@Test
	void refusesAnUnknownVariable() throws IOException {
		copyShipped();
		Files.writeString(directory.resolve(TemplateSet.NEW_ORDER_TEXT), "{{supplierOrderNumbr}}");

		assertThatExceptionOfType(TemplateRejectedException.class).isThrownBy(() -> TemplateSet.load(directory))
			.withMessageContaining("new-order-notice.txt")
			.withMessageContaining("supplierOrderNumbr");
	}

	@Test
	void refusesAMissingFile() throws IOException {
		copyShipped();
		Files.delete(directory.resolve(TemplateSet.CANCELLATION_TEXT));

		assertThatExceptionOfType(TemplateRejectedException.class).isThrownBy(() -> TemplateSet.load(directory))
			.withMessageContaining("retailer-cancellation.txt");
	}

	private void copyShipped() throws IOException {
		for (String file : TemplateSet.FILES) {
			Files.copy(Path.of("config", "templates", file), directory.resolve(file));
		}
	}

}
