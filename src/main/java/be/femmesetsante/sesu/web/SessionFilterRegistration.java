package be.femmesetsante.sesu.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@link AbsoluteSessionLifetimeFilter} runs inside the security filter chain only, not a second time on its own. */
@Configuration(proxyBeanMethods = false)
class SessionFilterRegistration {

	@Bean
	FilterRegistrationBean<AbsoluteSessionLifetimeFilter> absoluteSessionLifetimeOnlyInSecurity(
			AbsoluteSessionLifetimeFilter filter) {
		FilterRegistrationBean<AbsoluteSessionLifetimeFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

}
