package be.femmesetsante.sesu.organisation;

import be.femmesetsante.sesu.web.FormText;

/**
 * What the organisation page sends. Plain strings, so whatever is typed comes back to the page as
 * typed, even when it cannot be saved; {@link OrganisationController} turns it into a
 * {@link NewOrganisation} once it is valid.
 */
record OrganisationForm(
		String name,
		Sector sector,
		String sectorOther,
		String street,
		String postalCode,
		String municipality,
		String enterpriseNumber,
		String website,
		String contactName,
		String contactPronouns) {

	static OrganisationForm empty(String contactName) {
		return new OrganisationForm("", null, "", "", "", "", "", "", contactName, "");
	}

	static OrganisationForm of(OrganisationView view) {
		return new OrganisationForm(view.name(), view.sector(), view.sectorOther(), view.street(), view.postalCode(),
				view.municipality(), view.enterpriseNumber() == null ? "" : view.enterpriseNumber().formatted(),
				view.website(), view.contactName(), view.contactPronouns());
	}

	/** The same form without the control characters that cannot be stored. */
	OrganisationForm cleaned() {
		return new OrganisationForm(FormText.clean(name), sector, FormText.clean(sectorOther), FormText.clean(street),
				FormText.clean(postalCode), FormText.clean(municipality), FormText.clean(enterpriseNumber),
				FormText.clean(website), FormText.clean(contactName), FormText.clean(contactPronouns));
	}

	NewOrganisation toNewOrganisation(EnterpriseNumber number) {
		return new NewOrganisation(name, sector, sectorOther, street, postalCode == null ? null : postalCode.trim(),
				municipality, number, website, contactName, contactPronouns);
	}

}
