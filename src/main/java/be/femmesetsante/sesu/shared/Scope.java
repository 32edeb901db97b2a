package be.femmesetsante.sesu.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which cases a person reaches, for every query that lists, counts, loads or exports them: the team
 * reaches all, a partner Brussels ones, a professional their organisation's, an admin none. The
 * filter goes into the SQL ({@link #sql(String, String)}), so a case outside it is simply not found.
 *
 * @param region the only region reached, or null for every region
 * @param organisationId the only organisation reached, or null for every organisation
 * @param none nothing at all is reached
 */
public record Scope(Region region, Long organisationId, boolean none) {

	public static Scope of(Actor actor) {
		return switch (actor.audience()) {
			case TEAM -> new Scope(null, null, false);
			case PARTNER -> new Scope(Region.BRUSSELS, null, false);
			case REQUESTER -> actor.organisationId() == null ? nothing()
					: new Scope(null, actor.organisationId(), false);
			case NONE -> nothing();
		};
	}

	public static Scope nothing() {
		return new Scope(null, null, true);
	}

	/** Every case is reached (the team). */
	public boolean everything() {
		return !none && region == null && organisationId == null;
	}

	/** Whether a case of this region and organisation is reached (for rows already loaded). */
	public boolean includes(Region caseRegion, long caseOrganisationId) {
		return !none && (region == null || region == caseRegion)
				&& (organisationId == null || organisationId == caseOrganisationId);
	}

	/**
	 * The SQL condition for this scope on the given columns, with the named parameters
	 * {@code :scopeRegion} and {@code :scopeOrganisation} from {@link #parameters()}; "true" when
	 * everything is reached.
	 */
	public String sql(String regionColumn, String organisationColumn) {
		if (none) {
			return "false";
		}
		if (organisationId != null) {
			return organisationColumn + " = :scopeOrganisation";
		}
		if (region != null) {
			return regionColumn + " = :scopeRegion";
		}
		return "true";
	}

	/** The parameters {@link #sql(String, String)} names. */
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (!none && organisationId != null) {
			parameters.put("scopeOrganisation", organisationId);
		}
		else if (!none && region != null) {
			parameters.put("scopeRegion", region.name());
		}
		return parameters;
	}
}
