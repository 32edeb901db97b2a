package be.femmesetsante.sesu.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.validation.Validator;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;

/**
 * Forms bound to records (constructor binding) never fail on a value that does not convert: an
 * unknown sector, a "6 personnes" team size, a forged version. Spring does not build the record at
 * all when one of its values fails to convert, and the page then breaks on a missing form (a 500).
 * Here such a value reads as empty, and the form's own rules say what is missing (a choice is
 * required, a version is stale...), on the same page with the rest of what was typed. Only a
 * forged or mistyped value is concerned: the pages offer choices and number fields.
 */
@Configuration(proxyBeanMethods = false)
class LenientFormBinding {

	/** Boot's binding set-up (its conversion service, its validator), lenient for records. */
	@Bean
	ConfigurableWebBindingInitializer lenientRecordBinding(
			@Qualifier("mvcConversionService") ObjectProvider<ConversionService> conversion,
			@Qualifier("mvcValidator") ObjectProvider<Validator> validator) {
		return new ConfigurableWebBindingInitializer() {

			@Override
			public void initBinder(WebDataBinder binder) {
				if (getValidator() == null) {
					setValidator(validator.getIfAvailable());
				}
				super.initBinder(binder);
				ConversionService service = conversion.getObject();
				Class<?> type = binder.getTargetType() == null ? null : binder.getTargetType().resolve();
				boolean record = binder.getTarget() == null && type != null && type.isRecord();
				binder.setConversionService(record ? new Lenient(service) : service);
			}

		};
	}

	/** Converts as the portal does; a value that fails reads as none (null), never as an error. */
	record Lenient(ConversionService delegate) implements ConversionService {

		@Override
		public boolean canConvert(Class<?> sourceType, Class<?> targetType) {
			return delegate.canConvert(sourceType, targetType);
		}

		@Override
		public boolean canConvert(TypeDescriptor sourceType, TypeDescriptor targetType) {
			return delegate.canConvert(sourceType, targetType);
		}

		@Override
		public <T> T convert(Object source, Class<T> targetType) {
			try {
				return delegate.convert(source, targetType);
			}
			catch (ConversionFailedException ex) {
				if (targetType.isPrimitive()) {
					throw ex;
				}
				return null;
			}
		}

		@Override
		public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			try {
				return delegate.convert(source, sourceType, targetType);
			}
			catch (ConversionFailedException ex) {
				if (targetType.getType().isPrimitive()) {
					throw ex;
				}
				return null;
			}
		}

	}

}
