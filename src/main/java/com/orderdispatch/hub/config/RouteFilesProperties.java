package com.orderdispatch.hub.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The route files administrators edit.
 *
 * @param directory the folder of the *.camel.yaml files
 * @param reloadEnabled whether a valid edit applies without a restart (a broken one is refused either way)
 */
@ConfigurationProperties("hub.routes")
public record RouteFilesProperties(@DefaultValue("routes") Path directory, @DefaultValue("true") boolean reloadEnabled) {
}
