package be.femmesetsante.sesu.organisation;

/**
 * Where an organisation works. Reports count requests per sector, so this is a closed list;
 * {@link #OTHER} comes with the organisation's own words in {@code sectorOther}.
 */
public enum Sector {
	MAISON_MEDICALE,
	PLANNING_FAMILIAL,
	SANTE_MENTALE,
	PSE_PMS,
	HOPITAL,
	CPAS_POUVOIR_LOCAL,
	PROMOTION_SANTE,
	AIDE_VICTIMES,
	MAISON_ACCUEIL,
	EDUCATION_PERMANENTE,
	ADMINISTRATION,
	OTHER;

	public String messageKey() {
		return "sector." + name();
	}
}
