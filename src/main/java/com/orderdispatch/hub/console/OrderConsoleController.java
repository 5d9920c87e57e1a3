package com.orderdispatch.hub.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.deliverylog.DeliveryFilter;
import com.orderdispatch.hub.deliverylog.DeliveryQueries;
import com.orderdispatch.hub.lifecycle.LifecycleProperties;
import com.orderdispatch.hub.order.OrderFilter;
import com.orderdispatch.hub.order.OrderQueries;
import com.orderdispatch.hub.order.OrderSort;
import com.orderdispatch.hub.order.OrderStatus;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Orders of every retailer: the filtered, paged list, and one order with its whole timeline. */
@Controller
class OrderConsoleController {

	private final OrderQueries orders;

	private final DeliveryQueries deliveries;

	private final LiveConfig config;

	private final LifecycleProperties lifecycle;

	OrderConsoleController(OrderQueries orders, DeliveryQueries deliveries, LiveConfig config,
			LifecycleProperties lifecycle) {
		this.orders = orders;
		this.deliveries = deliveries;
		this.config = config;
		this.lifecycle = lifecycle;
	}

	@GetMapping("/console/orders")
	String list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String orderNumber, @RequestParam(required = false) String customerName,
			@RequestParam(required = false) String status, @RequestParam(required = false) String supplierId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "desc") String dir, Model model) {
		int pageSize = Math.max(1, Math.min(size, 200));
		var sortBy = ConsoleAdvice.sortOf(OrderSort.class, sort, OrderSort.PLACED);
		boolean ascending = "asc".equals(dir);
		var filter = new OrderFilter(null, day(from), day(to) == null ? null : day(to).plusSeconds(86_400),
				blankToNull(orderNumber), blankToNull(customerName), statusOf(status), blankToNull(supplierId),
				Math.max(0, page), pageSize);
		var result = orders.list(filter, sortBy, ascending);
		model.addAttribute("sort", sortBy.name().toLowerCase(java.util.Locale.ROOT));
		model.addAttribute("dir", ascending ? "asc" : "desc");
		model.addAttribute("orders", result.items());
		model.addAttribute("paging", Paging.of(result.page(), result.size(), result.total()));
		model.addAttribute("statuses", OrderStatus.values());
		model.addAttribute("suppliers", config.current().suppliers().keySet().stream().sorted().toList());
		return "console/orders";
	}

	@GetMapping("/console/orders/{orderNumber}")
	String order(@PathVariable String orderNumber, Model model) {
		var order = orders.findAny(orderNumber)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No order " + orderNumber));
		var deliveryLog = deliveries.find(new DeliveryFilter(null, null, null, orderNumber, 0, 200)).items();
		model.addAttribute("order", order);
		model.addAttribute("deliveries", deliveryLog);
		model.addAttribute("timeline", Timeline.of(order, deliveryLog));
		model.addAttribute("rejectReasons", lifecycle.rejectReasons());
		model.addAttribute("carriers", lifecycle.carriers());
		return "console/order";
	}

	/** A date (yyyy-mm-dd, as the date picker sends it) as the start of that day in UTC. */
	private static Instant day(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim()).atStartOfDay().toInstant(ZoneOffset.UTC);
		}
		catch (RuntimeException ex) {
			try {
				return LocalDateTime.parse(text.trim()).toInstant(ZoneOffset.UTC);
			}
			catch (RuntimeException again) {
				return null;
			}
		}
	}

	private static OrderStatus statusOf(String text) {
		return text == null || text.isBlank() ? null
				: List.of(OrderStatus.values()).stream().filter(s -> s.name().equals(text)).findFirst().orElse(null);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
