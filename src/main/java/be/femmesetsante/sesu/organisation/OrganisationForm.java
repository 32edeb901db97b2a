package be.femmesetsante.sesu.organisation;

import be.femmesetsante.sesu.shared.FormText;

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

	/** Bound as typed, minus the control characters that cannot be stored (NUL first of all). */
	OrganisationForm {
		name = FormText.clean(name);
		sectorOther = FormText.clean(sectorOther);
		street = FormText.clean(street);
		postalCode = FormText.clean(postalCode);
		municipality = FormText.clean(municipality);
		enterpriseNumber = FormText.clean(enterpriseNumber);
		website = FormText.clean(website);
		contactName = FormText.clean(contactName);
		contactPronouns = FormText.clean(contactPronouns);
	}

	static OrganisationForm empty(String contactName) {
		return new OrganisationForm("", null, "", "", "", "", "", "", contactName, "");
	}

	static OrganisationForm of(OrganisationView view) {
		return new OrganisationForm(view.name(), view.sector(), view.sectorOther(), view.street(), view.postalCode(),
				view.municipality(), view.enterpriseNumber() == null ? "" : view.enterpriseNumber().formatted(),
				view.website(), view.contactName(), view.contactPronouns());
	}

	NewOrganisation toNewOrganisation(EnterpriseNumber number) {
		return new NewOrganisation(name, sector, sectorOther, street, postalCode == null ? null : postalCode.trim(),
				municipality, number, website, contactName, contactPronouns);
	}

}
