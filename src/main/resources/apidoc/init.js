// Relative to /api/docs/, so the reference also works behind a reverse proxy with a path prefix.
window.ui = SwaggerUIBundle({
  url: "../v1/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  persistAuthorization: false
});
