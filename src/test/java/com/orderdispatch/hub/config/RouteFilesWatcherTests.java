package com.orderdispatch.hub.config;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The route watcher judges an edit only once the file has held still for a poll. */
class RouteFilesWatcherTests {

	static final String ROUTE = """
			- route:
			    id: greeting
			    from:
			      uri: direct:greeting
			      steps:
			        - setBody:
			            constant: %s
			""";

	@TempDir
	Path routes;

	@Test
	void aRouteFileReadWhileAnEditorWritesItIsNotRefused() throws Exception {
		Path file = routes.resolve("greeting.camel.yaml");
		Files.writeString(file, ROUTE.formatted("hello"));
		try (var camel = new DefaultCamelContext()) {
			camel.start();
			PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.fromString("file:" + file,
					Files.readString(file)));
			var watcher = new RouteFilesWatcher(camel, event -> {
			}, routes, true);

			// An editor writing in place: one poll reads the file cut short, the next reads it whole.
			Files.writeString(file, ROUTE.formatted("hello").substring(0, 30));
			watcher.applyEdits();
			Files.writeString(file, ROUTE.formatted("bonjour"));
			watcher.applyEdits();
			assertThat(watcher.lastRejection()).isNull();
			assertThat(camel.createProducerTemplate().requestBody("direct:greeting", "", String.class))
				.isEqualTo("hello");

			watcher.applyEdits();
			assertThat(watcher.lastRejection()).isNull();
			assertThat(camel.createProducerTemplate().requestBody("direct:greeting", "", String.class))
				.isEqualTo("bonjour");
		}
	}

}
