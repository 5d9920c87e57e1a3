package com.orderdispatch.hub.lifecycle;

/**
 * Told of every applied change inside its transaction, after the change is written: what the notices and the
 * outbox hang on, so a change and the events it causes commit together or not at all.
 */
public interface LifecycleListener {

	void applied(ChangeApplied change);

}
