package com.orderdispatch.hub.console;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.orderdispatch.hub.audit.AuditLog;
import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.deliverylog.DeliveryFilter;
import com.orderdispatch.hub.deliverylog.DeliveryQueries;
import com.orderdispatch.hub.dispatch.DeliveryRecovery;
import com.orderdispatch.hub.deliverylog.DeliverySort;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The delivery log: filter, retry one delivery, replay a supplier's dead deliveries since a time. */
@Controller
class DeliveryConsoleController {

	static final List<String> STATUSES = List.of("PENDING", "IN_FLIGHT", "DELIVERED", "DEAD", "DISABLED");

	private final DeliveryQueries deliveries;

	private final DeliveryRecovery recovery;

	private final AuditLog audit;

	private final LiveConfig config;

	DeliveryConsoleController(DeliveryQueries deliveries, DeliveryRecovery recovery, AuditLog audit,
			LiveConfig config) {
		this.deliveries = deliveries;
		this.recovery = recovery;
		this.audit = audit;
		this.config = config;
	}

	@GetMapping("/console/deliveries")
	String list(@RequestParam(required = false) String supplierId, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String status, @RequestParam(required = false) String orderNumber,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "desc") String dir, Model model) {
		int pageSize = Math.max(1, Math.min(size, 200));
		var sortBy = ConsoleAdvice.sortOf(DeliverySort.class, sort, DeliverySort.ID);
		boolean ascending = "asc".equals(dir);
		var result = deliveries.find(new DeliveryFilter(blankToNull(supplierId), blankToNull(channel),
				status != null && STATUSES.contains(status) ? status : null, blankToNull(orderNumber), Math.max(0, page), pageSize), sortBy, ascending);
		model.addAttribute("sort", sortBy.name().toLowerCase(java.util.Locale.ROOT).replace("_", "-"));
		model.addAttribute("dir", ascending ? "asc" : "desc");
		model.addAttribute("deliveries", result.items());
		model.addAttribute("paging", Paging.of(result.page(), result.size(), result.total()));
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("channels", List.of("email", "sftp", "webhook"));
		model.addAttribute("suppliers", config.current().suppliers().keySet().stream().sorted().toList());
		return "console/deliveries";
	}

	@PostMapping("/console/deliveries/{id}/retry")
	String retry(@PathVariable long id, Principal admin, RedirectAttributes flash,
			@RequestParam(required = false) String back) {
		if (deliveries.find(id).isEmpty()) {
			flash.addFlashAttribute("error", "Delivery " + id + " does not exist.");
		}
		else if (recovery.retry(id)) {
			audit.record(admin.getName(), "delivery retried", "delivery " + id, null);
			flash.addFlashAttribute("message", "Delivery " + id + " is due again now.");
		}
		else {
			flash.addFlashAttribute("error", "Delivery " + id + " is being sent right now; try again in a moment.");
		}
		return "redirect:" + safeBack(back, "/console/deliveries");
	}

	@PostMapping("/console/deliveries/replay")
	String replay(@RequestParam String supplierId, @RequestParam String since, Principal admin,
			RedirectAttributes flash) {
		Instant from;
		try {
			from = LocalDateTime.parse(since).toInstant(ZoneOffset.UTC);
		}
		catch (RuntimeException ex) {
			flash.addFlashAttribute("error", "'Since' must be a date and time, e.g. 2026-11-22T10:00.");
			return "redirect:/console/deliveries";
		}
		if (config.current().supplier(supplierId).isEmpty()) {
			flash.addFlashAttribute("error", "There is no supplier '" + supplierId + "'.");
			return "redirect:/console/deliveries";
		}
		int replayed = recovery.replay(supplierId, from);
		audit.record(admin.getName(), "dead deliveries replayed", "supplier " + supplierId,
				replayed + " deliveries since " + from + " sent again");
		flash.addFlashAttribute("message", replayed + " dead or disabled deliveries of " + supplierId + " since "
				+ from + " are due again now.");
		return "redirect:/console/deliveries?supplierId=" + supplierId;
	}

	/** Only a path inside the console, so the parameter cannot redirect anywhere else. */
	static String safeBack(String back, String fallback) {
		return back != null && back.startsWith("/console/") && !back.startsWith("//") && !back.contains("\\")
				&& back.chars().noneMatch(c -> c < 0x20) ? back : fallback;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
