package be.femmesetsante.sesu.organisation;

/**
 * What a professional tells about their organisation, once. No civility: a contact name and,
 * if they wish, pronouns. {@code enterpriseNumber} is optional and already parsed
 * ({@link EnterpriseNumber#parseOptional(String)}), so the form reports its own errors.
 */
public record NewOrganisation(
		String name,
		Sector sector,
		String sectorOther,
		String street,
		String postalCode,
		String municipality,
		EnterpriseNumber enterpriseNumber,
		String website,
		String contactName,
		String contactPronouns) {
}
