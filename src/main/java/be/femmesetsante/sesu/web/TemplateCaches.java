package be.femmesetsante.sesu.web;

import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Thymeleaf's caches, sized for this portal. By default it keeps 500 parsed expressions (each
 * {@code ${…}}, {@code #{…}}, {@code @{…}} with its SpEL form takes two places) and 200 templates and
 * fragments; the templates hold about 1,500 distinct expressions, so the cache kept evicting what the
 * next page needed and re-parsed it on every view (benchmark, issue 13: parsing showed in every
 * profile of the inbox and the casework page). Both caches hold only the templates' own text,
 * never a person's data.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

	static final int EXPRESSIONS = 10_000;

	static final int TEMPLATES = 1_000;

	@Bean
	static BeanPostProcessor templateCacheSizes() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setExpressionCacheMaxSize(EXPRESSIONS);
					caches.setTemplateCacheMaxSize(TEMPLATES);
					engine.setCacheManager(caches);
				}
				return bean;
			}
		};
	}

}
