package be.femmesetsante.sesu.casework.followup;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Activity} as its code. */
@Converter(autoApply = true)
class ActivityConverter implements AttributeConverter<Activity, String> {

	@Override
	public String convertToDatabaseColumn(Activity value) {
		return value == null ? null : value.name();
	}

	@Override
	public Activity convertToEntityAttribute(String code) {
		return code == null ? null : Activity.valueOf(code);
	}
}
