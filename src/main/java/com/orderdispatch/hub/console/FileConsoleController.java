package com.orderdispatch.hub.console;

import java.security.Principal;

import com.orderdispatch.hub.config.ConfigEditor;
import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.config.RouteFilesWatcher;

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
 * The catalog and the route files as YAML: shown, and edited as text. A catalog edit is checked like a file edit;
 * a route file edit goes through the validated reload (Camel must load and start the routes). Either way a refused
 * edit leaves the file as it was and the reason is shown above the editor, with the text kept for fixing.
 */
@Controller
class FileConsoleController {

	private final ConfigEditor editor;

	private final LiveConfig config;

	private final RouteFilesWatcher routes;

	FileConsoleController(ConfigEditor editor, LiveConfig config, RouteFilesWatcher routes) {
		this.editor = editor;
		this.config = config;
		this.routes = routes;
	}

	@GetMapping("/console/catalog")
	String catalog(Model model) {
		return showCatalog(model, editor.text(ConfigEditor.Kind.CATALOG), null);
	}

	@PostMapping("/console/catalog")
	String saveCatalog(@RequestParam String text, Principal admin, Model model, RedirectAttributes flash) {
		var outcome = editor.replace(ConfigEditor.Kind.CATALOG, normalise(text), admin.getName());
		if (!outcome.applied()) {
			return showCatalog(model, text, outcome.problems().stream().map(Object::toString).toList());
		}
		flash.addFlashAttribute("message", "Catalog saved and applied.");
		return "redirect:/console/catalog";
	}

	@GetMapping("/console/routes")
	String routeFiles(@RequestParam(required = false) String file, Model model) {
		var files = routes.files();
		String selected = file != null && files.containsKey(file) ? file
				: files.isEmpty() ? null : files.firstKey();
		return showRoutes(model, selected, selected == null ? "" : files.get(selected), null);
	}

	@PostMapping("/console/routes/{file}")
	String saveRouteFile(@PathVariable String file, @RequestParam String text, Principal admin, Model model,
			RedirectAttributes flash) {
		if (!routes.files().containsKey(file)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No route file " + file);
		}
		var refusal = routes.edit(file, normalise(text), admin.getName());
		if (refusal.isPresent()) {
			return showRoutes(model, file, text, refusal.get());
		}
		flash.addFlashAttribute("message", file + " saved; its routes are in force.");
		return "redirect:/console/routes?file=" + file;
	}

	private String showCatalog(Model model, String text, java.util.List<String> refusal) {
		model.addAttribute("entries", config.current().catalog().entrySet().stream()
			.sorted(java.util.Map.Entry.comparingByKey())
			.toList());
		model.addAttribute("text", text);
		model.addAttribute("refusal", refusal);
		return "console/catalog";
	}

	private String showRoutes(Model model, String selected, String text, String refusal) {
		model.addAttribute("files", routes.files().keySet());
		model.addAttribute("selected", selected);
		model.addAttribute("text", text);
		model.addAttribute("refusal", refusal);
		model.addAttribute("editable", routes.editable());
		return "console/routes";
	}

	/** Browsers send text areas with CRLF line ends; the files use LF. */
	private static String normalise(String text) {
		return text.replace("\r\n", "\n");
	}

}
