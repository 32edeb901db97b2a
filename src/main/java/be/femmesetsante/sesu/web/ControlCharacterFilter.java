package be.femmesetsante.sesu.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import be.femmesetsante.sesu.shared.FormText;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every form field and query parameter, of every route, without control characters (NUL and the
 * other invisible C0 characters but tab and line breaks) before anything reads it, the sign-in
 * filters included. PostgreSQL refuses NUL in text, so a NUL typed or pasted anywhere would
 * otherwise end as a server error; {@link FormText} says which characters go. Runs before Spring
 * Security's filters.
 */
@Configuration(proxyBeanMethods = false)
class ControlCharacterFilter {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> controlCharacterCleaning() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Cleaning());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setName("controlCharacterCleaning");
		return registration;
	}

	static final class Cleaning extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			chain.doFilter(new CleanParameters(request), response);
		}

	}

	/** The request with its parameters read through {@link FormText#clean}. */
	static final class CleanParameters extends HttpServletRequestWrapper {

		CleanParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return FormText.clean(super.getParameter(name));
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = super.getParameterValues(name);
			return values == null ? null : Arrays.stream(values).map(FormText::clean).toArray(String[]::new);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> cleaned = new LinkedHashMap<>();
			super.getParameterMap().forEach((name, values) -> cleaned.put(FormText.clean(name),
					Arrays.stream(values).map(FormText::clean).toArray(String[]::new)));
			return Collections.unmodifiableMap(cleaned);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

	}

}
