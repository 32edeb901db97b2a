package be.femmesetsante.sesu.casework.followup;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Binds a form's code to a {@link Activity}: nothing chosen is null, as it was for the enum. */
@Component
class ActivityFromText implements Converter<String, Activity> {

	@Override
	public Activity convert(String code) {
		return code.isBlank() ? null : Activity.valueOf(code.strip());
	}
}
