package be.femmesetsante.sesu.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
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
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}
}
