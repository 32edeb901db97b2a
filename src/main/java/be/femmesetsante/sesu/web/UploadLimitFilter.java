package be.femmesetsante.sesu.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A sending larger than the multipart limit is refused before anything reads it: the portal's own
 * 413 page (in the reader's language, with the way back) instead of Tomcat's bare English one,
 * which Tomcat answered when the security filters' first look at the form's fields hit the limit.
 * Runs before the security filters; a sending within the limit goes on untouched (a file just
 * over 10 MB is then refused beside the upload form, as before).
 */
class UploadLimitFilter extends OncePerRequestFilter {

	private final long maxRequestBytes;

	UploadLimitFilter(long maxRequestBytes) {
		this.maxRequestBytes = maxRequestBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
				&& request.getContentLengthLong() > maxRequestBytes) {
			// The error page itself, as a GET without a body: nothing reads the sending (not even the
			// security filters' look for the form's token), the page is the portal's in the reader's language.
			HttpServletRequest withoutBody = new WithoutBody(request);
			withoutBody.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			withoutBody.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
			withoutBody.setAttribute(RequestDispatcher.ERROR_MESSAGE, "Payload too large");
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			request.getRequestDispatcher("/error").forward(withoutBody, response);
			return;
		}
		chain.doFilter(request, response);
	}

	/** The refused sending seen as a GET without a body or fields, so nothing tries to read it. */
	private static final class WithoutBody extends HttpServletRequestWrapper {

		WithoutBody(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public int getContentLength() {
			return 0;
		}

		@Override
		public long getContentLengthLong() {
			return 0;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public java.util.Map<String, String[]> getParameterMap() {
			return java.util.Map.of();
		}

		@Override
		public java.util.Enumeration<String> getParameterNames() {
			return java.util.Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public jakarta.servlet.ServletInputStream getInputStream() throws IOException {
			java.io.ByteArrayInputStream empty = new java.io.ByteArrayInputStream(new byte[0]);
			return new jakarta.servlet.ServletInputStream() {
				@Override
				public boolean isFinished() {
					return true;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(jakarta.servlet.ReadListener listener) {
					throw new UnsupportedOperationException();
				}

				@Override
				public int read() {
					return empty.read();
				}
			};
		}
	}
}
