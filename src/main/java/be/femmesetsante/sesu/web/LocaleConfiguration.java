package be.femmesetsante.sesu.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** French (Belgium) first; {@code ?lang=en} or {@code ?lang=fr} switches and a cookie remembers it. */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale FRENCH = Locale.forLanguageTag("fr-BE");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new PortalLocaleResolver();
		resolver.setDefaultLocale(FRENCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** Only the two languages the portal speaks: anything but English means French. */
	static class PortalLocaleResolver extends CookieLocaleResolver {

		PortalLocaleResolver() {
			super("SESU_LANG");
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			super.setLocale(request, response, supported(locale));
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return supported(super.resolveLocale(request));
		}

		static Locale supported(Locale locale) {
			return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : FRENCH;
		}

	}

}
