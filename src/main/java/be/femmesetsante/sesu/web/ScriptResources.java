package be.femmesetsante.sesu.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The portal's one script, {@code /js/session.js} (the idle-timeout warning), served like the
 * stylesheet: a content-hashed name and a year of caching. Boot's static path is {@code /css/**} only
 * (see application.properties: a catch-all path made every link of a page search the jar), so the
 * scripts' folder gets its own narrow handler here rather than widening that path again.
 */
@Configuration(proxyBeanMethods = false)
class ScriptResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/js/**")
			.addResourceLocations("classpath:/static/js/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
