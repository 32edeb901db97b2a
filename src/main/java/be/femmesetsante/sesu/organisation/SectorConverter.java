package be.femmesetsante.sesu.organisation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Sector} as its code. */
@Converter(autoApply = true)
class SectorConverter implements AttributeConverter<Sector, String> {

	@Override
	public String convertToDatabaseColumn(Sector value) {
		return value == null ? null : value.name();
	}

	@Override
	public Sector convertToEntityAttribute(String code) {
		return code == null ? null : Sector.valueOf(code);
	}
}
