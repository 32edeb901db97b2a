package be.femmesetsante.sesu.organisation;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import be.femmesetsante.sesu.shared.FormText;

/**
 * The organisation page's command: what the page sends. Plain strings, so whatever is typed comes
 * back to the page as typed, even when it cannot be saved. Bean Validation checks what needs no
 * domain knowledge (required, length, each reported at once); the postal code's region and the
 * enterprise number are the domain's to judge ({@link PostalCodeRouting}, {@link EnterpriseNumber}),
 * and {@link OrganisationController} turns the form into a {@link NewOrganisation} once it is valid.
 * {@code version} is the organisation's version the page was shown (a hidden field; null for a
 * first description).
 */
record OrganisationForm(
		@NotBlank(message = "{organisation.error.required}")
		@Size(max = Organisation.NAME_MAX, message = "{organisation.error.tooLong}") String name,
		@NotNull(message = "{organisation.error.required}") Sector sector,
		@Size(max = Organisation.NAME_MAX, message = "{organisation.error.tooLong}") String sectorOther,
		@NotBlank(message = "{organisation.error.required}")
		@Size(max = Organisation.STREET_MAX, message = "{organisation.error.tooLong}") String street,
		String postalCode,
		@NotBlank(message = "{organisation.error.required}")
		@Size(max = Organisation.MUNICIPALITY_MAX, message = "{organisation.error.tooLong}") String municipality,
		String enterpriseNumber,
		@Size(max = Organisation.WEBSITE_MAX, message = "{organisation.error.tooLong}") String website,
		@NotBlank(message = "{organisation.error.required}")
		@Size(max = Organisation.NAME_MAX, message = "{organisation.error.tooLong}") String contactName,
		@Size(max = Organisation.PRONOUNS_MAX, message = "{organisation.error.tooLong}") String contactPronouns,
		Long version) {

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
		return new OrganisationForm("", null, "", "", "", "", "", "", contactName, "", null);
	}

	static OrganisationForm of(OrganisationView view) {
		return new OrganisationForm(view.name(), view.sector(), view.sectorOther(), view.street(), view.postalCode(),
				view.municipality(), view.enterpriseNumber() == null ? "" : view.enterpriseNumber().formatted(),
				view.website(), view.contactName(), view.contactPronouns(), view.version());
	}

	/** The same text, to be sent as an edit of this version (once the person has seen it). */
	OrganisationForm withVersion(long newVersion) {
		return new OrganisationForm(name, sector, sectorOther, street, postalCode, municipality, enterpriseNumber,
				website, contactName, contactPronouns, newVersion);
	}

	/** {@code sectorOther} is only asked for next to "Other"; Bean Validation cannot tie the two. */
	boolean lacksSectorOther() {
		return sector == Sector.OTHER && (sectorOther == null || sectorOther.isBlank());
	}

	NewOrganisation toNewOrganisation(EnterpriseNumber number) {
		return new NewOrganisation(name, sector, sectorOther, street, postalCode == null ? null : postalCode.trim(),
				municipality, number, website, contactName, contactPronouns);
	}

	/**
	 * The fields where this form and {@code saved} say different things, as a person reads them:
	 * surrounding spaces and the spelling of an enterprise number ({@code BE 0123 456 749} is
	 * {@code 0123.456.749}) do not count, nor the words of "Other" beside another sector.
	 */
	Set<String> fieldsDifferingFrom(OrganisationForm saved) {
		Set<String> differing = new LinkedHashSet<>();
		differ(differing, "name", name, saved.name);
		if (!java.util.Objects.equals(sector, saved.sector)) {
			differing.add("sector");
		}
		differ(differing, "sectorOther", sector == Sector.OTHER ? sectorOther : null,
				saved.sector == Sector.OTHER ? saved.sectorOther : null);
		differ(differing, "street", street, saved.street);
		differ(differing, "postalCode", postalCode, saved.postalCode);
		differ(differing, "municipality", municipality, saved.municipality);
		if (!Objects.equals(enterpriseDigits(enterpriseNumber), enterpriseDigits(saved.enterpriseNumber))) {
			differing.add("enterpriseNumber");
		}
		differ(differing, "website", website, saved.website);
		differ(differing, "contactName", contactName, saved.contactName);
		differ(differing, "contactPronouns", contactPronouns, saved.contactPronouns);
		return differing;
	}

	private static void differ(Set<String> differing, String field, String typed, String saved) {
		if (!stripped(typed).equals(stripped(saved))) {
			differing.add(field);
		}
	}

	private static String stripped(String text) {
		return text == null ? "" : text.strip();
	}

	/** The digits when the text is a valid number, else the text itself (so a typo still differs). */
	private static String enterpriseDigits(String typed) {
		try {
			return EnterpriseNumber.parseOptional(typed).map(EnterpriseNumber::digits).orElse("");
		}
		catch (InvalidEnterpriseNumberException ex) {
			return stripped(typed);
		}
	}

}
