package be.femmesetsante.sesu.casework.workshop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import be.femmesetsante.sesu.casework.followup.Forms;

/**
 * A workshop as typed: up to three date fields (blank ones ignored), kept as text when refused, and
 * the version the edit form showed.
 */
record WorkshopForm(Long version, String theme, List<String> dates, String place, String online,
		List<String> facilitators) implements java.io.Serializable {

	static final int DATE_FIELDS = 3;

	WorkshopForm {
		dates = dates == null ? new ArrayList<>() : new ArrayList<>(dates);
		while (dates.size() < DATE_FIELDS) {
			dates.add("");
		}
		facilitators = facilitators == null ? List.of() : List.copyOf(facilitators);
	}

	static WorkshopForm empty(long me) {
		return new WorkshopForm(null, "", null, "", null, List.of(Long.toString(me)));
	}

	static WorkshopForm of(Workshops.WorkshopView workshop) {
		return new WorkshopForm(workshop.version(), workshop.theme(), workshop.dates().stream().map(LocalDate::toString).toList(),
				workshop.place() == null ? "" : workshop.place(), workshop.online() ? "1" : null,
				workshop.facilitatorIds().stream().map(String::valueOf).toList());
	}

	WorkshopForm withVersion(long current) {
		return new WorkshopForm(current, theme, dates, place, online, facilitators);
	}

	public boolean isOnline() {
		return "1".equals(online) || "true".equals(online);
	}

	public boolean facilitates(long accountId) {
		return facilitators.contains(Long.toString(accountId));
	}

	Workshops.WorkshopDetails toDetails() {
		List<LocalDate> parsed = new ArrayList<>();
		for (String date : dates) {
			if (date != null && !date.isBlank()) {
				parsed.add(Forms.date(date, "dates"));
			}
		}
		List<Long> ids = new ArrayList<>();
		for (String id : facilitators) {
			ids.add(Forms.id(id, "facilitators"));
		}
		return new Workshops.WorkshopDetails(Forms.text(theme, "theme", Workshops.THEME_MAX, true), parsed,
				Forms.text(place, "place", Workshops.PLACE_MAX, false), isOnline(), ids);
	}
}
