package be.femmesetsante.sesu.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Errors Tomcat would answer itself, with its raw English page, before the portal sees the request:
 * they reach the portal instead, which answers with its own error page, in the reader's language,
 * with the way back.
 * <p>
 * An encoded slash ({@code %2F}) in a path: Tomcat's connector refuses it by default with a bare
 * 400. Passed through, it meets Spring Security's firewall, which refuses it too (400), but through
 * the servlet error page, so the portal's "error" page answers. Nothing gets further: no controller
 * ever sees such a path. A multipart sending over the limit: see {@link UploadLimitFilter}.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorsConfiguration {

	/** Before the security filters (which would read the form's fields first). */
	@Bean
	org.springframework.boot.web.servlet.FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(
			@org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-request-size}")
			org.springframework.util.unit.DataSize maxRequestSize) {
		var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
				new UploadLimitFilter(maxRequestSize.toBytes()));
		registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	TomcatConnectorCustomizer encodedSlashReachesThePortal() {
		return connector -> connector.setEncodedSolidusHandling("passthrough");
	}
}
