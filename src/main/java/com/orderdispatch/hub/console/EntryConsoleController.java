package com.orderdispatch.hub.console;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.orderdispatch.hub.config.ConfigEditor;
import com.orderdispatch.hub.config.ConfigEditor.Kind;
import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.config.SecretFields;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Suppliers and retailers: the list, and each one in a form. Saving goes through {@link ConfigEditor}: the same
 * checks as a file edit, the file rewritten and applied at once; a refused edit shows each field's error next to it
 * and leaves the file as it was. Suppliers also get "Send test" per channel.
 */
@Controller
class EntryConsoleController {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

	private final ConfigEditor editor;

	private final LiveConfig config;

	private final ChannelTester tester;

	private final Environment environment;

	private final SecretFields secrets;

	EntryConsoleController(ConfigEditor editor, LiveConfig config, ChannelTester tester,
			Environment environment, SecretFields secrets) {
		this.editor = editor;
		this.config = config;
		this.tester = tester;
		this.environment = environment;
		this.secrets = secrets;
	}

	@GetMapping("/console/suppliers")
	String suppliers(Model model) {
		model.addAttribute("suppliers", config.current().suppliers().values().stream()
			.sorted(Comparator.comparing(s -> s.id()))
			.toList());
		return "console/suppliers";
	}

	@GetMapping("/console/retailers")
	String retailers(Model model) {
		model.addAttribute("retailers", config.current().retailers().values().stream()
			.sorted(Comparator.comparing(r -> r.id()))
			.toList());
		return "console/retailers";
	}

	@GetMapping({ "/console/suppliers/{id}", "/console/retailers/{id}" })
	String edit(@PathVariable String id, @RequestParam(required = false) String created, Model model,
			HttpServletRequest request) {
		Kind kind = kindOf(request);
		boolean isNew = "new".equals(id);
		var current = isNew ? null : editor.entry(kind, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + kind + " " + id));
		return show(model, kind, isNew ? "" : id, new EntryForm(kind, layout(kind), current, secrets));
	}

	@PostMapping({ "/console/suppliers/{id}", "/console/retailers/{id}" })
	String save(@PathVariable String id, @RequestParam Map<String, String> submitted, Principal admin, Model model,
			RedirectAttributes flash, HttpServletRequest request) {
		Kind kind = kindOf(request);
		boolean isNew = "new".equals(id);
		String entryId = isNew ? submitted.getOrDefault("id", "").trim() : id;
		var current = isNew ? null : editor.entry(kind, id).orElse(null);
		var form = new EntryForm(kind, layout(kind), current, secrets);
		var entry = form.submit(submitted);
		if (isNew && (!ID.matcher(entryId).matches() || editor.entry(kind, entryId).isPresent())) {
			form.getErrors().put("id", editor.entry(kind, entryId).isPresent() ? "is used by another entry"
					: "must be lower-case letters, digits, '-' or '_' (at most 63)");
		}
		if (entry != null) {
			form.requireVariables(entry, environment::getProperty);
		}
		if (entry == null || form.hasErrors()) {
			return show(model, kind, entryId, form);
		}
		var outcome = editor.put(kind, entryId, entry, admin.getName());
		if (!outcome.applied()) {
			form.refused(outcome.problems(), entryId);
			return show(model, kind, entryId, form);
		}
		flash.addFlashAttribute("message", "Saved and applied. " + kind.file() + " now holds the change.");
		return "redirect:" + base(kind) + "/" + entryId;
	}

	/** htmx: one test message through the channel, answered as a small result fragment. */
	@PostMapping("/console/suppliers/{id}/test")
	String test(@PathVariable String id, @RequestParam String channel, Model model) {
		model.addAttribute("outcome", tester.test(id, channel));
		return "console/fragments :: test-outcome";
	}

	private String show(Model model, Kind kind, String id, EntryForm form) {
		model.addAttribute("kind", kind == Kind.SUPPLIERS ? "supplier" : "retailer");
		model.addAttribute("base", base(kind));
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("file", kind.file());
		model.addAttribute("channels",
				kind == Kind.SUPPLIERS && !form.isNew() ? config.current().supplier(id)
					.map(s -> s.channelsOrNone().enabled().stream().filter(ChannelTester.TESTABLE::contains).toList())
					.orElse(List.of()) : List.of());
		return "console/entry";
	}

	private static Kind kindOf(HttpServletRequest request) {
		return request.getRequestURI().contains("/console/retailers") ? Kind.RETAILERS : Kind.SUPPLIERS;
	}

	private static String base(Kind kind) {
		return kind == Kind.SUPPLIERS ? "/console/suppliers" : "/console/retailers";
	}

	private static List<EntryForm.Section> layout(Kind kind) {
		return kind == Kind.SUPPLIERS ? FormLayouts.SUPPLIER : FormLayouts.RETAILER;
	}

}
