package com.orderdispatch.hub.system;

/** One field at fault in a request, named by its JSON path ({@code lines[0].quantity}) or query parameter. */
public record FieldProblem(String field, String message) {
}
