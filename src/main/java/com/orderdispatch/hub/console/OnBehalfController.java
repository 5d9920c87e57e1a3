package com.orderdispatch.hub.console;

import java.security.Principal;
import java.util.List;

import com.orderdispatch.hub.audit.AuditLog;
import com.orderdispatch.hub.lifecycle.Lifecycle;
import com.orderdispatch.hub.lifecycle.LifecycleCommand;
import com.orderdispatch.hub.lifecycle.Target;
import com.orderdispatch.hub.order.Actor;
import com.orderdispatch.hub.system.ApiProblem;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator acts for a supplier on one supplier order: accept, reject, ship or cancel, every line. The
 * lifecycle records the change with the admin as actor (the same rules as the supplier API: an illegal transition
 * is refused and changes nothing); the audit log records who it was.
 */
@Controller
class OnBehalfController {

	private final Lifecycle lifecycle;

	private final AuditLog audit;

	OnBehalfController(Lifecycle lifecycle, AuditLog audit) {
		this.lifecycle = lifecycle;
		this.audit = audit;
	}

	@PostMapping("/console/orders/{orderNumber}/supplier-orders/{number}/{action}")
	String act(@PathVariable String orderNumber, @PathVariable String number, @PathVariable String action,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String carrier,
			@RequestParam(required = false) String trackingNumber, @RequestParam(required = false) String note,
			Principal admin, RedirectAttributes flash) {
		String by = "by " + admin.getName() + " in the console";
		String fullNote = note == null || note.isBlank() ? by : note.trim() + " (" + by + ")";
		LifecycleCommand command = switch (action) {
			case "accept" -> new LifecycleCommand.Accept(List.of(), fullNote);
			case "reject" -> new LifecycleCommand.Reject(List.of(), reason, fullNote);
			case "ship" -> new LifecycleCommand.Ship(null, carrier, blankToNull(trackingNumber), null, List.of(), fullNote);
			case "cancel" -> new LifecycleCommand.Cancel(List.of(), reason, fullNote);
			default -> null;
		};
		if (command == null) {
			flash.addFlashAttribute("error", "Unknown action " + action);
		}
		else {
			try {
				var result = lifecycle.apply(Target.ofNumber(number), Actor.ADMIN, command);
				audit.record(admin.getName(), action + " on behalf of " + result.order().supplierId(),
						"supplier order " + number, fullNote);
				flash.addFlashAttribute("message", number + ": " + action + " done, now " + result.order().status() + ".");
			}
			catch (ApiProblem refused) {
				flash.addFlashAttribute("error", number + ": " + action + " refused: " + refused.getMessage());
			}
		}
		return "redirect:/console/orders/" + orderNumber;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
