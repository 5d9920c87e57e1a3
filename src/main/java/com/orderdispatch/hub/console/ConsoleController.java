package com.orderdispatch.hub.console;

import java.time.Duration;
import java.time.Instant;

import com.orderdispatch.hub.attention.NeedsAttention;
import com.orderdispatch.hub.audit.AuditLog;
import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.config.RouteFilesWatcher;
import com.orderdispatch.hub.deliverylog.DeliveryCounts;
import com.orderdispatch.hub.order.OrderCounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's front pages: login, the dashboard, and the audit log. */
@Controller
class ConsoleController {

	private final OrderCounts orders;

	private final DeliveryCounts deliveries;

	private final LiveConfig config;

	private final RouteFilesWatcher routes;

	private final AuditLog audit;

	private final NeedsAttention attention;

	ConsoleController(OrderCounts orders, DeliveryCounts deliveries, LiveConfig config, RouteFilesWatcher routes,
			AuditLog audit, NeedsAttention attention) {
		this.attention = attention;
		this.orders = orders;
		this.deliveries = deliveries;
		this.config = config;
		this.routes = routes;
		this.audit = audit;
	}

	@GetMapping("/console/login")
	String login() {
		return "console/login";
	}

	@GetMapping({ "/console", "/console/" })
	String dashboard(Model model) {
		Instant now = Instant.now();
		model.addAttribute("ordersLastHour", orders.receivedSince(now.minus(Duration.ofHours(1))));
		model.addAttribute("ordersLastDay", orders.receivedSince(now.minus(Duration.ofDays(1))));
		var counts = deliveries.byChannelAndStatus();
		model.addAttribute("deliveryCounts", counts);
		model.addAttribute("dead", counts.stream().filter(c -> "DEAD".equals(c.status())).mapToLong(c -> c.count()).sum());
		model.addAttribute("disabled",
				counts.stream().filter(c -> "DISABLED".equals(c.status())).mapToLong(c -> c.count()).sum());
		model.addAttribute("disabledEndpoints", deliveries.disabledEndpoints());
		model.addAttribute("configAppliedAt", config.appliedAt());
		model.addAttribute("config", config.current());
		var refusal = config.lastRejection();
		model.addAttribute("configRefusal", refusal == null ? null : refusal.getMessage());
		model.addAttribute("routeRefusal", routes.lastRejection());
		model.addAttribute("recentChanges", audit.list(0, 5));
		model.addAttribute("attention", attention.now(now));
		return "console/dashboard";
	}

	@GetMapping("/console/audit")
	String audit(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
			Model model) {
		int pageSize = Math.max(1, Math.min(size, 200));
		int pageNumber = Math.max(0, page);
		model.addAttribute("entries", audit.list(pageNumber, pageSize));
		model.addAttribute("paging", Paging.of(pageNumber, pageSize, audit.count()));
		return "console/audit";
	}

}
