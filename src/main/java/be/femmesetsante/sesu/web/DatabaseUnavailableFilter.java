package be.femmesetsante.sesu.web;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The database out of reach (down, restarting, the network to it cut): every page answers HTTP 503
 * with a "temporarily unavailable" page in the visitor's language, instead of a server error. The
 * outermost filter, so a failure anywhere (loading the session, Spring Security, a controller) is
 * caught; the page is rendered without the database (no session, no layout's account menu). The
 * connection pool gives up after {@code spring.datasource.hikari.connection-timeout} (2 s), so the
 * answer comes within 3 s; a transaction that failed was rolled back, so nothing is half written.
 * When the database is back the pool opens new connections by itself: nothing to restart.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> databaseUnavailablePage(ObjectProvider<ITemplateEngine> templates,
			ObjectProvider<LocaleResolver> locales) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Unavailable(templates, locales));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setName("databaseUnavailablePage");
		return registration;
	}

	/** Whether this failure means the database cannot be reached (rather than a bug or a refused statement). */
	static boolean databaseUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException) {
				return true;
			}
			if (cause instanceof SQLException sql && ((sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))
					|| String.valueOf(sql.getMessage()).contains("Connection is closed"))) {
				return true;
			}
			if (cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return true;
			}
		}
		return false;
	}

	static final class Unavailable extends OncePerRequestFilter {

		private final ObjectProvider<ITemplateEngine> templates;

		private final ObjectProvider<LocaleResolver> locales;

		Unavailable(ObjectProvider<ITemplateEngine> templates, ObjectProvider<LocaleResolver> locales) {
			this.templates = templates;
			this.locales = locales;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			catch (ServletException | IOException | RuntimeException ex) {
				boolean unreachable = databaseUnreachable(ex);
				if (!unreachable || response.isCommitted()) {
					log.debug("Not answered 503: {} (database unreachable: {}, response committed: {})", ex,
							unreachable, response.isCommitted());
					throw ex;
				}
				log.warn("The database cannot be reached: {} {} answered 503 ({})", request.getMethod(),
						request.getRequestURI(), ex.toString());
				render(request, response);
			}
		}

		private void render(HttpServletRequest request, HttpServletResponse response) throws IOException {
			response.reset();
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader(HttpHeaders.RETRY_AFTER, "30");
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setHeader("Content-Security-Policy",
					"default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("Referrer-Policy", "same-origin");
			response.setContentType("text/html;charset=UTF-8");
			Locale locale = locale(request);
			response.setLocale(locale);
			Context context = new Context(locale);
			context.setVariable("english", "en".equals(locale.getLanguage()));
			response.getWriter().write(templates.getObject().process("unavailable", context));
		}

		private Locale locale(HttpServletRequest request) {
			try {
				// The page's own language links (?lang=en) work too: the usual interceptor never ran.
				String asked = request.getParameter("lang");
				LocaleResolver resolver = locales.getIfAvailable();
				Locale locale = asked != null ? Locale.forLanguageTag(asked)
						: resolver == null ? null : resolver.resolveLocale(request);
				return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("fr-BE");
			}
			catch (RuntimeException ex) {
				return Locale.forLanguageTag("fr-BE");
			}
		}

	}

}
