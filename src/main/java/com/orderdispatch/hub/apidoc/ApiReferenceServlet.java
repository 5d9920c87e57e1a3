package com.orderdispatch.hub.apidoc;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import com.orderdispatch.hub.system.ApiProblem;
import com.orderdispatch.hub.system.ProblemJson;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.webjars.WebJarVersionLocator;

import org.springframework.core.io.ClassPathResource;

/**
 * The API reference, public and without data: the OpenAPI document at /api/v1/openapi.json and .yaml, and Swagger UI
 * rendering it at /api/docs/. A servlet of its own (mapped more precisely than Camel's /api/*) so that no request
 * header reaches an answer: it writes only the headers below.
 */
class ApiReferenceServlet extends HttpServlet {

	static final String JSON_PATH = "/api/v1/openapi.json";

	static final String YAML_PATH = "/api/v1/openapi.yaml";

	static final String DOCS_PATH = "/api/docs";

	/** What /api/docs/ serves: our page and script, and Swagger UI's own files from its WebJar. */
	private static final Map<String, Asset> ASSETS = Map.of("/", Asset.own("index.html", "text/html;charset=UTF-8"),
			"/init.js", Asset.own("init.js", "text/javascript;charset=UTF-8"),
			"/swagger-ui.css", Asset.webJar("swagger-ui.css", "text/css;charset=UTF-8"),
			"/swagger-ui-bundle.js", Asset.webJar("swagger-ui-bundle.js", "text/javascript;charset=UTF-8"),
			"/favicon-32x32.png", Asset.webJar("favicon-32x32.png", "image/png"));

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'";

	private final transient ApiDescription description;

	private final transient ProblemJson problems;

	ApiReferenceServlet(ApiDescription description, ProblemJson problems) {
		this.description = description;
		this.problems = problems;
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getServletPath();
		switch (path) {
			case JSON_PATH -> document(response, "application/json", description.json(ForwardedOrigin.of(request)));
			case YAML_PATH -> document(response, "application/yaml", description.yaml(ForwardedOrigin.of(request)));
			default -> docs(request, response);
		}
	}

	private static void document(HttpServletResponse response, String contentType, byte[] body) throws IOException {
		response.setContentType(contentType);
		// The servers differ by the address the hub was reached at.
		response.setHeader("Cache-Control", "no-cache");
		response.setHeader("Vary", "Host, X-Forwarded-Proto, X-Forwarded-Host, X-Forwarded-Port, X-Forwarded-Prefix");
		// Public and without data: online editors and generators may fetch it from a browser.
		response.setHeader("Access-Control-Allow-Origin", "*");
		response.getOutputStream().write(body);
	}

	private void docs(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String file = request.getPathInfo();
		if (file == null) {
			// Relative, so it stays right behind a proxy that adds a prefix.
			response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
			response.setHeader("Location", "docs/");
			return;
		}
		Asset asset = ASSETS.get(file);
		if (asset == null) {
			var problem = ApiProblem.notFound("Page " + file);
			response.setStatus(problem.status());
			response.setContentType(ProblemJson.MEDIA_TYPE);
			response.getOutputStream().write(problems.render(problem, request.getRequestURI()));
			return;
		}
		response.setContentType(asset.contentType());
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("Cache-Control", "public, max-age=3600");
		try (InputStream in = new ClassPathResource(asset.classpath()).getInputStream()) {
			in.transferTo(response.getOutputStream());
		}
	}

	private record Asset(String classpath, String contentType) {

		private static final WebJarVersionLocator WEBJARS = new WebJarVersionLocator();

		static Asset own(String name, String contentType) {
			return new Asset("apidoc/" + name, contentType);
		}

		static Asset webJar(String name, String contentType) {
			String path = WEBJARS.fullPath("swagger-ui", name);
			if (path == null) {
				throw new IllegalStateException("The swagger-ui WebJar has no " + name);
			}
			return new Asset(path, contentType);
		}

	}

}
