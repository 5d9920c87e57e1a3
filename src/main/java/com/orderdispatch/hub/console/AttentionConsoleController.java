package com.orderdispatch.hub.console;

import java.time.Instant;

import com.orderdispatch.hub.attention.NeedsAttention;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The needs-attention page: stuck orders, failing deliveries and endpoints, each linked to its fix. */
@Controller
class AttentionConsoleController {

	private final NeedsAttention attention;

	AttentionConsoleController(NeedsAttention attention) {
		this.attention = attention;
	}

	@GetMapping("/console/attention")
	String attention(Model model) {
		model.addAttribute("report", attention.now(Instant.now()));
		return "console/attention";
	}

}
