package be.femmesetsante.sesu.organisation;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Binds a form's code to a {@link Sector}: nothing chosen is null, as it was for the enum. */
@Component
class SectorFromText implements Converter<String, Sector> {

	@Override
	public Sector convert(String code) {
		return code.isBlank() ? null : Sector.valueOf(code.strip());
	}
}
