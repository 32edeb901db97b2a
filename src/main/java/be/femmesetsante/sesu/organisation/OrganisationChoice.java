package be.femmesetsante.sesu.organisation;

/** An organisation an admin may pick to merge: never one merged already. */
public record OrganisationChoice(long id, String name, String postalCode, String municipality,
		String enterpriseNumber) {

	/** What the choice list shows: enough to tell two same-named organisations apart. */
	public String label() {
		return name + " – " + postalCode + " " + municipality + (enterpriseNumber == null ? "" : " – " + enterpriseNumber);
	}

}
