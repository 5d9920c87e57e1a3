package com.orderdispatch.hub.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.orderdispatch.hub.dispatch.EventToPlan;
import com.orderdispatch.hub.dispatch.Outbox;
import com.orderdispatch.hub.order.ChangeSequencer;
import com.orderdispatch.hub.order.OrderStore;
import com.orderdispatch.hub.order.OrderStore.RetailerReference;
import com.orderdispatch.hub.order.PlacedOrder;
import com.orderdispatch.hub.order.SupplierOrderQueries;
import com.orderdispatch.hub.order.SupplierOrderView;
import com.orderdispatch.hub.system.DatabaseAvailability;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one group of orders: the orders, their supplier orders, lines and first statuses, their frozen events and
 * planned deliveries, and the supplier orders' change numbers, in one transaction with one batched insert per
 * table. A reference used twice in the group waits for the next group. If the database goes away, the group is
 * answered 503 or tried again as a whole (never order by order, each waiting for a connection); if the group's
 * transaction fails for any other reason, each order is written again in a transaction of its own, so one bad
 * order never fails its neighbours.
 */
@Component
class BatchWriter {

	private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);

	private final OrderStore store;

	private final SupplierOrderQueries supplierOrders;

	private final Outbox outbox;

	private final ChangeSequencer sequencer;

	private final TransactionTemplate transaction;

	private final DistributionSummary groupSizes;

	private final AutoAccept autoAccept;


	private final DatabaseAvailability database;

	private final UncertainCommits uncertain;

	BatchWriter(OrderStore store, SupplierOrderQueries supplierOrders, Outbox outbox, ChangeSequencer sequencer,
			TransactionTemplate transaction, MeterRegistry registry, AutoAccept autoAccept,
			DatabaseAvailability database, UncertainCommits uncertain) {
		this.database = database;
		this.uncertain = uncertain;
		this.autoAccept = autoAccept;
		this.store = store;
		this.supplierOrders = supplierOrders;
		this.outbox = outbox;
		this.sequencer = sequencer;
		this.transaction = transaction;
		this.groupSizes = DistributionSummary.builder("hub.intake.commit.orders")
			.description("Orders committed together by intake's group commit")
			.register(registry);
	}

	/**
	 * Commits the group and answers every order in it, each with its own result, except those returned: a second
	 * order with a reference already in the group, for the next group to take once the first is committed.
	 */
	List<GroupCommit.Pending> write(List<GroupCommit.Pending> group) {
		if (!database.isReachable()) {
			unavailable(group);
			return List.of();
		}
		var later = new ArrayList<GroupCommit.Pending>();
		List<GroupCommit.Pending> fresh = withoutRepeats(notStoredYet(group), later);
		if (!fresh.isEmpty()) {
			writeFresh(fresh, true);
		}
		return later;
	}

	private void writeFresh(List<GroupCommit.Pending> fresh, boolean retryOnOutage) {
		var attempt = new Attempt();
		Outbox.Planning first = outbox.open();
		try {
			committed(fresh, commit(fresh, first, attempt), first);
			first.close();
		}
		catch (RuntimeException groupFailed) {
			if (database.failed(groupFailed)) {
				lostConnection(fresh, attempt, first, retryOnOutage);
				return;
			}
			first.close();
			if (fresh.size() == 1) {
				fresh.get(0).result().completeExceptionally(groupFailed);
				return;
			}
			log.debug("A group of {} orders failed ({}); committing them one by one", fresh.size(),
					groupFailed.getMessage());
			for (var pending : fresh) {
				try (Outbox.Planning alone = outbox.open()) {
					committed(List.of(pending), commit(List.of(pending), alone, new Attempt()), alone);
				}
				catch (RuntimeException failed) {
					pending.result().completeExceptionally(
							database.failed(failed) ? DatabaseAvailability.unavailable() : failed);
				}
			}
		}
	}

	/**
	 * The database went away under the group. Its commit cut short may have happened: that is read back. Cut
	 * before, nothing is stored: the group is tried once more as a whole if the database answers again within
	 * the callers' patience, and otherwise each caller hears 503 (nobody was told 201, so nothing is lost).
	 */
	private void lostConnection(List<GroupCommit.Pending> fresh, Attempt attempt, Outbox.Planning first,
			boolean retry) {
		if (attempt.placed == null) {
			first.close();
			if (retry && database.awaitReachable(UncertainCommits.ANSWER_WITHIN)) {
				writeFresh(fresh, false);
			}
			else {
				unavailable(fresh);
			}
			return;
		}
		uncertain.resolve(attempt.placed, first, new UncertainCommits.Outcome() {
			@Override
			public void stored() {
				answer(fresh, attempt.placed);
			}

			@Override
			public void notStored() {
				if (retry) {
					writeFresh(fresh, false);
				}
				else {
					unavailable(fresh);
				}
			}

			@Override
			public void unknown() {
				unavailable(fresh);
			}
		});
	}

	private static void unavailable(List<GroupCommit.Pending> group) {
		group.forEach(pending -> pending.result().completeExceptionally(DatabaseAvailability.unavailable()));
	}

	/** What one try at the group's transaction got to: its orders as written, once the transaction reached COMMIT. */
	private static final class Attempt {

		private List<PlacedOrder> placed;

	}

	private List<PlacedOrder> commit(List<GroupCommit.Pending> group, Outbox.Planning first, Attempt attempt) {
		return transaction.execute(status -> {
			List<PlacedOrder> inserted = store.insertAll(group.stream().map(GroupCommit.Pending::order).toList());
			// Suppliers with autoAccept have their orders accepted here, so the planned events already say ACCEPTED.
			var placed = new ArrayList<PlacedOrder>(inserted.size());
			for (int i = 0; i < inserted.size(); i++) {
				placed.add(autoAccept.acceptWhereConfigured(inserted.get(i), group.get(i).config()));
			}
			planDeliveries(group, placed, first);
			// Last, so the counter row is locked only through the commit: the other committer's inserts go on.
			sequencer.numberInTransaction(supplierOrderIds(placed));
			attempt.placed = placed;
			return placed;
		});
	}

	/**
	 * Freezes each supplier order that goes out on a push channel as it was placed, and plans its deliveries, for
	 * the whole group at once. A supplier that only pulls has nothing to deliver: nothing is frozen or read back.
	 * Deliveries due now are claimed for this instance's free workers as they are inserted ({@link Outbox#open}).
	 */
	private void planDeliveries(List<GroupCommit.Pending> group, List<PlacedOrder> placed, Outbox.Planning first) {
		Map<Long, List<Outbox.Target>> targets = new HashMap<>();
		for (int i = 0; i < placed.size(); i++) {
			for (var ref : placed.get(i).supplierOrders()) {
				var toSupplier = outbox.targets(ref.supplierId(), group.get(i).config());
				if (!toSupplier.isEmpty()) {
					targets.put(ref.id(), toSupplier);
				}
			}
		}
		if (targets.isEmpty()) {
			return;
		}
		var planned = new ArrayList<Outbox.Planned>(targets.size());
		Map<String, Long> ids = ids(placed);
		for (SupplierOrderView view : supplierOrders.findByIds(targets.keySet())) {
			long id = ids.get(view.supplierOrderNumber());
			var event = new EventToPlan(Outbox.ORDER_CREATED, view.supplierOrderNumber(), view.orderNumber(), id,
					view);
			planned.add(new Outbox.Planned(event, targets.get(id)));
		}
		first.planAll(planned);
	}

	private static Map<String, Long> ids(List<PlacedOrder> placed) {
		Map<String, Long> ids = new HashMap<>();
		placed.forEach(order -> order.supplierOrders().forEach(ref -> ids.put(ref.supplierOrderNumber(), ref.id())));
		return ids;
	}

	private static List<Long> supplierOrderIds(List<PlacedOrder> placed) {
		return placed.stream()
			.flatMap(order -> order.supplierOrders().stream())
			.map(PlacedOrder.SupplierOrderRef::id)
			.toList();
	}

	/** After the commit: start the deliveries, answer the callers. */
	private void committed(List<GroupCommit.Pending> group, List<PlacedOrder> placed, Outbox.Planning first) {
		first.start();
		answer(group, placed);
	}

	private void answer(List<GroupCommit.Pending> group, List<PlacedOrder> placed) {
		groupSizes.record(group.size());
		for (int i = 0; i < group.size(); i++) {
			group.get(i).result().complete(placed.get(i));
		}
	}

	/**
	 * Answers an order whose reference is already stored (a retailer's retry) as the unique constraint would, with
	 * {@link DuplicateKeyException}, before anything is written; intake then answers it with the original. One read
	 * for the group instead of one per request. If the read fails, the constraint still decides.
	 */
	private List<GroupCommit.Pending> notStoredYet(List<GroupCommit.Pending> group) {
		Set<RetailerReference> stored;
		try {
			stored = store.storedReferences(group.stream().map(BatchWriter::reference).toList());
		}
		catch (DataAccessException readFailed) {
			if (database.failed(readFailed)) {
				unavailable(group);
				return List.of();
			}
			log.debug("Could not read which references are stored ({}); the unique constraint decides",
					readFailed.getMessage());
			return group;
		}
		if (stored.isEmpty()) {
			return group;
		}
		var fresh = new ArrayList<GroupCommit.Pending>(group.size());
		for (var pending : group) {
			if (stored.contains(reference(pending))) {
				pending.result().completeExceptionally(new DuplicateKeyException(
						"retailerOrderRef " + pending.order().retailerOrderRef() + " is already stored"));
			}
			else {
				fresh.add(pending);
			}
		}
		return fresh;
	}

	private static RetailerReference reference(GroupCommit.Pending pending) {
		return new RetailerReference(pending.order().retailerId(), pending.order().retailerOrderRef());
	}

	/**
	 * Leaves out a second order with a reference already in the group (put in {@code later}). A reference already
	 * stored was answered before (notStoredYet); one stored by a concurrent group meets the unique constraint, and
	 * fails alone in the one-by-one retry.
	 */
	private List<GroupCommit.Pending> withoutRepeats(List<GroupCommit.Pending> group, List<GroupCommit.Pending> later) {
		Set<RetailerReference> inGroup = new HashSet<>();
		var fresh = new ArrayList<GroupCommit.Pending>(group.size());
		for (var pending : group) {
			if (inGroup.add(reference(pending))) {
				fresh.add(pending);
			}
			else {
				later.add(pending);
			}
		}
		return fresh;
	}

}
