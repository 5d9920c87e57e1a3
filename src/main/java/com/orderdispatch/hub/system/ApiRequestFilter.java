package com.orderdispatch.hub.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the API before anything reads a body: bodies over the configured size get 413 (a body without a
 * Content-Length is read up to the limit here, so an endless chunked upload cannot fill the memory either), and
 * bodies that are not JSON get 415 instead of being parsed as a form.
 */
class ApiRequestFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final ProblemJson problems;

	ApiRequestFilter(long maxBytes, ProblemJson problems) {
		this.maxBytes = maxBytes;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > maxBytes) {
			refuse(request, response, ApiProblem.tooLarge(maxBytes));
			return;
		}
		if ((declared > 0 || hasBody(request)) && !isJson(request.getContentType())) {
			refuse(request, response, new ApiProblem(415, "unsupported-media-type", "Unsupported media type",
					"Send the body as 'Content-Type: application/json'.", java.util.List.of()));
			return;
		}
		if (declared < 0 && hasBody(request)) {
			byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
			if (body.length > maxBytes) {
				refuse(request, response, ApiProblem.tooLarge(maxBytes));
				return;
			}
			chain.doFilter(new CachedBodyRequest(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getHeader("Transfer-Encoding") != null;
	}

	private static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		String type = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
		return type.equals("application/json") || type.endsWith("+json");
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, ApiProblem problem)
			throws IOException {
		// Tomcat swallows what is left of the body (up to server.tomcat.max-swallow-size) so the client reads this.
		problems.send(response, problem, request.getRequestURI());
	}

	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return body.length == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

	}

}
