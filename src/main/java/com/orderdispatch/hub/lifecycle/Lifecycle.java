package com.orderdispatch.hub.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import com.orderdispatch.hub.dispatch.Outbox;
import com.orderdispatch.hub.order.Actor;
import com.orderdispatch.hub.order.ChangeSequencer;
import com.orderdispatch.hub.order.SupplierOrderQueries;
import com.orderdispatch.hub.order.SupplierOrderView;
import com.orderdispatch.hub.system.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lifecycle owns every change to a supplier order after intake: accept, reject, ship, cancel, deliver, from the
 * supplier API, inbound status files, retailer cancellations and auto-accept alike. A change is planned by the
 * transition table, written with who made it and why, handed to the listeners (events, notices) in the same
 * transaction, and after commit numbered for the pull API's cursor.
 */
@Component
public class Lifecycle {

	private static final Logger log = LoggerFactory.getLogger(Lifecycle.class);

	private final LifecycleStore store;

	private final Planner planner;

	private final SupplierOrderQueries queries;

	private final List<LifecycleListener> listeners;

	private final TransactionTemplate transaction;

	private final ChangeSequencer sequencer;

	private final Outbox outbox;

	private final Clock clock;

	Lifecycle(LifecycleStore store, LifecycleProperties properties, SupplierOrderQueries queries,
			List<LifecycleListener> listeners, TransactionTemplate transaction, ChangeSequencer sequencer,
			Outbox outbox, Clock clock) {
		this.store = store;
		this.planner = new Planner(properties);
		this.queries = queries;
		this.listeners = listeners;
		this.transaction = transaction;
		this.sequencer = sequencer;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** The outcome: the order as it now stands, and what the command did. */
	public record Result(long supplierOrderId, Plan plan, SupplierOrderView order) {
	}

	/** Applies one command in a transaction of its own, then numbers the change for the pull API. */
	public Result apply(Target target, Actor actor, LifecycleCommand command) {
		Result result = transaction.execute(status -> applyInTransaction(target, actor, command));
		committed(List.of(result.supplierOrderId()));
		return result;
	}

	/**
	 * Applies a command in the caller's transaction; the caller calls {@link #committed} after its commit. A refusal
	 * is thrown before anything is written, so a caller may catch it and carry on in the same transaction.
	 */
	public Result applyInTransaction(Target target, Actor actor, LifecycleCommand command) {
		OrderState state = store.lock(target).orElseThrow(() -> ApiProblem.notFound("Supplier order"));
		Plan plan = planner.plan(state, command);
		if (plan.changed()) {
			Instant now = clock.instant();
			store.write(state, plan, actor, command, now);
			var after = queries.findById(state.id()).orElseThrow();
			var applied = new ChangeApplied(state, plan, actor, command, after, now);
			listeners.forEach(listener -> listener.applied(applied));
			log.info("Supplier order {} {} -> {} by {} ({} line change(s))", state.supplierOrderNumber(),
					plan.from(), plan.to(), actor, plan.changes().size());
			return new Result(state.id(), plan, after);
		}
		return new Result(state.id(), plan, queries.findById(state.id()).orElseThrow());
	}

	/** Locks every supplier order of a retailer's order, in a fixed order; answers their ids. */
	public List<Long> lockOrder(String retailerId, String orderNumber) {
		return store.lockAllOf(retailerId, orderNumber);
	}

	/** After the commit: number the changes for the pull API and wake the dispatcher for their events. */
	public void committed(Collection<Long> supplierOrderIds) {
		outbox.committed();
		try {
			sequencer.sequence(List.copyOf(supplierOrderIds));
		}
		catch (RuntimeException ex) {
			log.warn("Change committed, its change number follows shortly: {}", ex.getMessage());
		}
	}

}
