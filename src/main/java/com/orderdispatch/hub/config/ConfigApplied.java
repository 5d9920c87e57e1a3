package com.orderdispatch.hub.config;

/** Published whenever a configuration becomes the one in force, at start and after each valid edit. */
public record ConfigApplied(HubConfig config) {
}
