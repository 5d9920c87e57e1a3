package com.orderdispatch.hub.order;

import java.util.List;

/** One page of a longer list; {@code total} counts every match. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
