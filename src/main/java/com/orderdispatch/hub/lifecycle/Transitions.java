package com.orderdispatch.hub.lifecycle;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.orderdispatch.hub.order.LineStatus;
import com.orderdispatch.hub.order.OrderStatus;

import static com.orderdispatch.hub.order.LineStatus.ACCEPTED;
import static com.orderdispatch.hub.order.LineStatus.CANCELLED;
import static com.orderdispatch.hub.order.LineStatus.INCIDENT_OPEN;
import static com.orderdispatch.hub.order.LineStatus.PENDING;
import static com.orderdispatch.hub.order.LineStatus.REJECTED;
import static com.orderdispatch.hub.order.LineStatus.SHIPPED;

/**
 * Every allowed transition, as data. A line action not listed for the line's status is illegal (409, nothing
 * changes). A rule whose {@code to} equals its {@code from} is a harmless repeat: it changes nothing and is not
 * recorded. The supplier order's own status follows from its lines ({@code order.DerivedStatus}); only DELIVERED
 * and CLOSED are set on the order, from the statuses listed in {@link #ORDER_RULES}.
 */
public final class Transitions {

	/** From {@code from}, {@code action} leads to {@code to}. */
	public record Rule(LineStatus from, LineAction action, LineStatus to, String condition) {
	}

	/** An order-level step: allowed from these statuses only. */
	public record OrderRule(OrderStatus to, Set<OrderStatus> from) {
	}

	public static final List<Rule> LINE_RULES = List.of(
			new Rule(PENDING, LineAction.ACCEPT, ACCEPTED, null),
			new Rule(ACCEPTED, LineAction.ACCEPT, ACCEPTED, "repeat"),
			new Rule(PENDING, LineAction.REJECT, REJECTED, "with a configured reason code"),
			new Rule(REJECTED, LineAction.REJECT, REJECTED, "repeat"),
			// Shipping a pending line accepts it implicitly. A line is SHIPPED once its whole quantity has shipped;
			// until then it stays ACCEPTED with the quantity shipped so far. Shipping more than ordered is refused.
			new Rule(PENDING, LineAction.SHIP, SHIPPED, "quantity shipped so far <= quantity ordered"),
			new Rule(ACCEPTED, LineAction.SHIP, SHIPPED, "quantity shipped so far <= quantity ordered"),
			new Rule(PENDING, LineAction.CANCEL, CANCELLED, null),
			new Rule(ACCEPTED, LineAction.CANCEL, CANCELLED, "only while nothing of the line has shipped"),
			new Rule(CANCELLED, LineAction.CANCEL, CANCELLED, "repeat"),
			// Incidents overlay a line: the order's status stays as it is, and closing one returns the line to the
			// status it had when the incident opened ({@code to} null: "the status before"). Allowed on a DELIVERED
			// order too (goods arrive damaged), never on a CLOSED one.
			new Rule(ACCEPTED, LineAction.OPEN_INCIDENT, INCIDENT_OPEN, "with a reason"),
			new Rule(SHIPPED, LineAction.OPEN_INCIDENT, INCIDENT_OPEN, "with a reason"),
			new Rule(INCIDENT_OPEN, LineAction.CLOSE_INCIDENT, null, "with a resolution; back to the status before"));

	public static final List<OrderRule> ORDER_RULES = List.of(
			new OrderRule(OrderStatus.DELIVERED, EnumSet.of(OrderStatus.SHIPPED)),
			new OrderRule(OrderStatus.CLOSED, EnumSet.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED,
					OrderStatus.REJECTED, OrderStatus.CANCELLED)));

	/** Order statuses after which no line changes any more. */
	public static final Set<OrderStatus> FINAL = EnumSet.of(OrderStatus.DELIVERED, OrderStatus.CLOSED);

	private Transitions() {
	}

	public static Optional<Rule> rule(LineStatus from, LineAction action) {
		return LINE_RULES.stream().filter(rule -> rule.from() == from && rule.action() == action).findFirst();
	}

	public static boolean orderMayBecome(OrderStatus from, OrderStatus to) {
		return ORDER_RULES.stream().anyMatch(rule -> rule.to() == to && rule.from().contains(from));
	}

}
