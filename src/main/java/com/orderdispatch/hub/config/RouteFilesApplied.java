package com.orderdispatch.hub.config;

/** Published after an edited route file was applied, so routes made from its templates can be made anew. */
public record RouteFilesApplied(String file) {
}
