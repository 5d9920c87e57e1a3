package com.orderdispatch.hub.audit;

import java.time.Instant;

/**
 * One recorded change.
 *
 * @param actor who: the administrator's user name, or {@code file} for an edit made outside the hub
 * @param target what was changed (a file, a delivery, an order), may be null
 * @param diff the change as a unified diff, or a short description; may be null
 */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String diff) {
}
