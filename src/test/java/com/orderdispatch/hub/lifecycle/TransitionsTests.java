package com.orderdispatch.hub.lifecycle;

import java.util.List;

import com.orderdispatch.hub.order.DerivedStatus;
import com.orderdispatch.hub.order.LineStatus;
import com.orderdispatch.hub.order.OrderStatus;
import com.orderdispatch.hub.system.ApiProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** The status rules and the transition table, without a database. */
class TransitionsTests {

	final Planner planner = new Planner(new LifecycleProperties(List.of("OUT_OF_STOCK"), List.of("DHL")));

	@Test
	void anOrderIsAwaitingFulfilmentOnceNoLineIsPendingAndOneWasAccepted() {
		assertThat(status(line(LineStatus.ACCEPTED, 0), line(LineStatus.REJECTED, 0))).isEqualTo(OrderStatus.ACCEPTED);
		assertThat(status(line(LineStatus.ACCEPTED, 0), line(LineStatus.PENDING, 0))).isEqualTo(OrderStatus.PENDING);
	}

	@Test
	void anOrderIsRejectedOnlyWhenEveryLineWas() {
		assertThat(status(line(LineStatus.REJECTED, 0), line(LineStatus.REJECTED, 0))).isEqualTo(OrderStatus.REJECTED);
		assertThat(status(line(LineStatus.REJECTED, 0), line(LineStatus.CANCELLED, 0))).isEqualTo(OrderStatus.CANCELLED);
	}

	@Test
	void aPartialShipmentThenTheRestShipsTheOrder() {
		assertThat(status(new DerivedStatus.Line(LineStatus.ACCEPTED, 2, 1), line(LineStatus.ACCEPTED, 0)))
			.isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
		assertThat(status(new DerivedStatus.Line(LineStatus.SHIPPED, 2, 2), line(LineStatus.REJECTED, 0)))
			.isEqualTo(OrderStatus.SHIPPED);
	}

	@Test
	void theRetailersOrderFollowsItsLeastAdvancedLivePart() {
		assertThat(DerivedStatus.ofSupplierOrders(List.of(OrderStatus.SHIPPED, OrderStatus.ACCEPTED)))
			.isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
		assertThat(DerivedStatus.ofSupplierOrders(List.of(OrderStatus.SHIPPED, OrderStatus.REJECTED)))
			.isEqualTo(OrderStatus.SHIPPED);
		assertThat(DerivedStatus.ofSupplierOrders(List.of(OrderStatus.PENDING, OrderStatus.ACCEPTED)))
			.isEqualTo(OrderStatus.PENDING);
		assertThat(DerivedStatus.ofSupplierOrders(List.of(OrderStatus.REJECTED, OrderStatus.REJECTED)))
			.isEqualTo(OrderStatus.REJECTED);
	}

	@Test
	void everyActionNotInTheTableIsIllegal() {
		for (LineStatus from : LineStatus.values()) {
			for (LineAction action : LineAction.values()) {
				var state = state(new OrderState.LineState("A", from, 2, from == LineStatus.SHIPPED ? 2 : 0,
						from == LineStatus.INCIDENT_OPEN ? LineStatus.ACCEPTED : null));
				LifecycleCommand command = switch (action) {
					case ACCEPT -> new LifecycleCommand.Accept(List.of("A"), null);
					case REJECT -> new LifecycleCommand.Reject(List.of("A"), "OUT_OF_STOCK", null);
					case SHIP -> new LifecycleCommand.Ship(null, "DHL", null, null,
							List.of(new LifecycleCommand.ShipLine("A", 1)), null);
					case CANCEL -> new LifecycleCommand.Cancel(List.of("A"), "X", "n");
					case OPEN_INCIDENT -> new LifecycleCommand.OpenIncident(List.of("A"), "damaged", null);
					case CLOSE_INCIDENT -> new LifecycleCommand.CloseIncident(List.of("A"), "replaced", null);
				};
				boolean allowed = Transitions.rule(from, action).isPresent()
						&& !(action == LineAction.SHIP && from == LineStatus.SHIPPED);
				if (allowed) {
					assertThat(planner.plan(state, command)).as(from + " " + action).isNotNull();
				}
				else {
					assertThatThrownBy(() -> planner.plan(state, command)).as(from + " " + action)
						.isInstanceOf(IllegalTransition.class);
				}
			}
		}
	}

	@Test
	void shippingMoreThanOrderedIsIllegal() {
		var state = state(new OrderState.LineState("A", LineStatus.ACCEPTED, 2, 1));

		assertThatThrownBy(() -> planner.plan(state, new LifecycleCommand.Ship(null, "DHL", null, null,
				List.of(new LifecycleCommand.ShipLine("A", 2)), null)))
			.isInstanceOf(IllegalTransition.class)
			.hasFieldOrPropertyWithValue("status", 409);
	}

	@Test
	void otherLinesUnderAKnownTrackingNumberAreANewShipmentOfTheSameParcel() {
		var state = shipped(List.of(recorded(null, "T-1", shipLine("A", 1))), new OrderState.LineState("A",
				LineStatus.ACCEPTED, 2, 1), new OrderState.LineState("B", LineStatus.PENDING, 3, 0));

		var plan = planner.plan(state, ship(null, "T-1", shipLine("B", 3)));

		assertThat(plan.shipment()).isNotNull();
		assertThat(plan.changes()).extracting(Plan.LineChange::lineRef, Plan.LineChange::to)
			.containsExactly(tuple("B", LineStatus.SHIPPED));
	}

	@Test
	void aShipmentRepeatsAnEarlierOneOnlyWithTheSameCarrierTrackingNumberLinesAndQuantities() {
		var state = shipped(List.of(recorded(null, "T-1", shipLine("A", 1), shipLine("B", 1))),
				new OrderState.LineState("A", LineStatus.ACCEPTED, 2, 1),
				new OrderState.LineState("B", LineStatus.ACCEPTED, 3, 1));

		assertThat(planner.plan(state, ship(null, "T-1", shipLine("B", 1), shipLine("A", 1))).changed()).isFalse();
		assertThat(planner.plan(state, ship(null, "T-1", shipLine("A", 1))).changed()).isTrue();
		assertThat(planner.plan(state, ship(null, "T-1", shipLine("A", 1), shipLine("B", 2))).changed()).isTrue();
		assertThat(planner.plan(state, ship(null, "T-2", shipLine("A", 1), shipLine("B", 1))).changed()).isTrue();
	}

	@Test
	void aRetryOfEverythingLeftIsARepeatOnceNothingIsLeft() {
		var state = shipped(List.of(recorded(null, "T-1")), new OrderState.LineState("A", LineStatus.SHIPPED, 2, 2));

		assertThat(planner.plan(state, ship(null, "T-1")).changed()).isFalse();
		assertThatThrownBy(() -> planner.plan(state, ship(null, "T-2"))).isInstanceOf(IllegalTransition.class)
			.hasMessageContaining("nothing left to ship");
	}

	@Test
	void aShipmentRefReusedForOtherContentIsRefusedNamingShipmentRef() {
		var state = shipped(List.of(recorded("SHP-1", "T-1", shipLine("A", 1))),
				new OrderState.LineState("A", LineStatus.ACCEPTED, 2, 1),
				new OrderState.LineState("B", LineStatus.PENDING, 3, 0));

		assertThat(planner.plan(state, ship("SHP-1", "T-1", shipLine("A", 1))).changed()).isFalse();
		assertThatThrownBy(() -> planner.plan(state, ship("SHP-1", "T-1", shipLine("B", 1))))
			.isInstanceOfSatisfying(ApiProblem.class, problem -> {
				assertThat(problem.status()).isEqualTo(409);
				assertThat(problem.errors()).extracting(f -> f.field()).containsExactly("shipmentRef");
			});
		assertThat(planner.plan(state, ship("SHP-2", "T-1", shipLine("A", 1))).shipment()).isNotNull();
	}

	@Test
	void aShipmentRecordedBeforeContentKeysStillRepeatsButOtherLinesUnderItsTrackingNumberShip() {
		String oldKey = ShipmentKey.of(null, "DHL", "T-1", List.of(shipLine("A", 2)));
		var state = shipped(List.of(new OrderState.RecordedShipment(null, oldKey, "tracking:DHL:T-1")),
				new OrderState.LineState("A", LineStatus.SHIPPED, 2, 2),
				new OrderState.LineState("B", LineStatus.PENDING, 3, 0));
		var allShipped = shipped(state.shipments(), new OrderState.LineState("A", LineStatus.SHIPPED, 2, 2));

		assertThat(planner.plan(state, ship(null, "T-1", shipLine("A", 2))).changed()).isFalse();
		assertThat(planner.plan(allShipped, ship(null, "T-1")).changed()).isFalse();
		assertThat(planner.plan(state, ship(null, "T-1", shipLine("B", 1))).shipment()).isNotNull();
		assertThat(planner.plan(state, ship(null, "T-1")).shipment().lines()).containsExactly(shipLine("B", 3));
	}

	@Test
	void everyCommandOnADeliveredOrClosedOrderIsRefusedNamingItsLines() {
		for (OrderStatus status : List.of(OrderStatus.DELIVERED, OrderStatus.CLOSED)) {
			var state = new OrderState(1, "ODH-1-01", "acme", "ODH-1", "shop", status,
					List.of(new OrderState.LineState("A", LineStatus.SHIPPED, 2, 2),
							new OrderState.LineState("B", LineStatus.CANCELLED, 1, 0)),
					List.of());
			for (LifecycleCommand command : List.of(new LifecycleCommand.Cancel(List.of(), "X", "n"),
					new LifecycleCommand.Cancel(List.of("A"), "X", "n"), new LifecycleCommand.Accept(List.of(), null),
					new LifecycleCommand.Reject(List.of("B"), "OUT_OF_STOCK", null), ship(null, "T-9"))) {
				assertThatThrownBy(() -> planner.plan(state, command)).as(status + " " + command)
					.isInstanceOfSatisfying(IllegalTransition.class,
							refusal -> assertThat(refusal.refusals()).isNotEmpty()
								.allSatisfy(r -> assertThat(r.reason()).contains("is " + status)));
			}
		}
		var closed = new OrderState(1, "ODH-1-01", "acme", "ODH-1", "shop", OrderStatus.CLOSED,
				List.of(new OrderState.LineState("A", LineStatus.SHIPPED, 2, 2)), List.of());
		assertThatThrownBy(() -> planner.plan(closed, new LifecycleCommand.Deliver(null)))
			.isInstanceOfSatisfying(IllegalTransition.class,
					refusal -> assertThat(refusal.refusals()).extracting(Plan.Refusal::lineRef).containsExactly("A"));
	}

	@Test
	void deliveringAnOrderNotYetShippedIsRefusedNamingTheLinesNotShipped() {
		var state = state(new OrderState.LineState("A", LineStatus.SHIPPED, 2, 2),
				new OrderState.LineState("B", LineStatus.ACCEPTED, 3, 1));

		assertThatThrownBy(() -> planner.plan(state, new LifecycleCommand.Deliver(null)))
			.isInstanceOfSatisfying(IllegalTransition.class, refusal -> assertThat(refusal.refusals())
				.extracting(Plan.Refusal::lineRef, Plan.Refusal::reason)
				.containsExactly(tuple("B",
						"is ACCEPTED with 1 of 3 shipped: only a SHIPPED order can be delivered")));
	}

	private static OrderStatus status(DerivedStatus.Line... lines) {
		return DerivedStatus.ofLines(List.of(lines), OrderStatus.PENDING);
	}

	private static DerivedStatus.Line line(LineStatus status, int shipped) {
		return new DerivedStatus.Line(status, 2, shipped);
	}

	private static OrderState shipped(List<OrderState.RecordedShipment> shipments, OrderState.LineState... lines) {
		return new OrderState(1, "ODH-1-01", "acme", "ODH-1", "shop", OrderStatus.PARTIALLY_SHIPPED, List.of(lines),
				shipments);
	}

	private static OrderState.RecordedShipment recorded(String shipmentRef, String tracking,
			LifecycleCommand.ShipLine... lines) {
		return new OrderState.RecordedShipment(shipmentRef, ShipmentKey.of(shipmentRef, "DHL", tracking, List.of(lines)),
				null);
	}

	private static LifecycleCommand.Ship ship(String shipmentRef, String tracking, LifecycleCommand.ShipLine... lines) {
		return new LifecycleCommand.Ship(shipmentRef, "DHL", tracking, null, List.of(lines), null);
	}

	private static LifecycleCommand.ShipLine shipLine(String lineRef, int quantity) {
		return new LifecycleCommand.ShipLine(lineRef, quantity);
	}

	private static OrderState state(OrderState.LineState... lines) {
		return new OrderState(1, "ODH-1-01", "acme", "ODH-1", "shop", OrderStatus.PENDING, List.of(lines), List.of());
	}

}
