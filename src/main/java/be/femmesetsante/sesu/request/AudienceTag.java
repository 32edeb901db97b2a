package be.femmesetsante.sesu.request;

/**
 * Optional tags for the people a request's work is about. Stored by code on the request (its
 * {@code audience_tags}), shown through {@link #messageKey()}, counted by reports.
 */
public enum AudienceTag {
	YOUNG_PEOPLE,
	OLDER_PEOPLE,
	MIGRANTS,
	LGBTQIA,
	PRECARITY,
	ISOLATED_MOTHERS,
	DISABILITY,
	SEX_WORKERS;

	public String messageKey() {
		return "request.tag." + name();
	}
}
