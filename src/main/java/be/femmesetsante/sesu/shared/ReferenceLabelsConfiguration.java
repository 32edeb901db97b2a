package be.femmesetsante.sesu.shared;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the reference labels ({@link ReferenceLabels}) behind the application's bundles. */
@Configuration(proxyBeanMethods = false)
class ReferenceLabelsConfiguration {

	@Bean
	static BeanPostProcessor referenceLabelsBehindTheBundles(ObjectProvider<ReferenceList> lists) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if ("messageSource".equals(beanName) && bean instanceof HierarchicalMessageSource bundles
						&& bundles.getParentMessageSource() == null) {
					ReferenceLabels labels = new ReferenceLabels(lists);
					labels.setUseCodeAsDefaultMessage(false);
					bundles.setParentMessageSource(labels);
				}
				return bean;
			}
		};
	}
}
