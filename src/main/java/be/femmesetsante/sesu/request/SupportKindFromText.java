package be.femmesetsante.sesu.request;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Binds a form's code to a {@link SupportKind}: nothing chosen is null, as it was for the enum. */
@Component
class SupportKindFromText implements Converter<String, SupportKind> {

	@Override
	public SupportKind convert(String code) {
		return code.isBlank() ? null : SupportKind.valueOf(code.strip());
	}
}
