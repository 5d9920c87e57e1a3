package com.orderdispatch.hub.config;

/**
 * A configuration or route file is about to be rewritten by someone through the hub (console or admin API), with a
 * text that has passed validation. Published before the file changes, so a watcher never takes it for an edit made
 * outside the hub.
 *
 * @param file the file's name, e.g. {@code suppliers.yaml} or {@code routes/intake-order.camel.yaml}
 * @param actor who made the change
 * @param action what was done, in words ("supplier initech saved")
 */
public record ConfigEdited(String file, String actor, String action, String before, String after) {
}
