package com.orderdispatch.hub.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP API.
 *
 * @param maxBodySize larger request bodies are refused with 413, before anything reads them
 */
@ConfigurationProperties("hub.api")
record ApiProperties(@DefaultValue("1MB") DataSize maxBodySize) {
}
