package com.orderdispatch.hub.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the business configuration lives and how often the hub looks for edits.
 *
 * @param directory the folder holding retailers.yaml, suppliers.yaml and catalog.yaml
 * @param reloadInterval how often the folder is checked for edits
 */
@ConfigurationProperties("hub.config")
public record ConfigProperties(@DefaultValue("config") Path directory, @DefaultValue("2s") Duration reloadInterval) {
}
