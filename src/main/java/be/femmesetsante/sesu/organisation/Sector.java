package be.femmesetsante.sesu.organisation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import be.femmesetsante.sesu.shared.ReferenceCode;

/**
 * Where an organisation works. Reports count requests per sector, by code; {@link #OTHER} comes
 * with the organisation's own words in {@code sectorOther}.
 * <p>
 * An open list since issue 9: an admin adds and retires entries without a deploy (the labels and
 * the "offered" flag live in a reference table, see {@link be.femmesetsante.sesu.shared.ReferenceList}).
 * The constants are the codes the list was created with; they keep the enum's API ({@code name()},
 * {@code valueOf}, {@code ==} on them, since {@link #valueOf} returns the constant for its code),
 * and stored codes never change.
 */
public final class Sector implements Comparable<Sector> {

	public static final Sector MAISON_MEDICALE = new Sector("MAISON_MEDICALE");

	public static final Sector PLANNING_FAMILIAL = new Sector("PLANNING_FAMILIAL");

	public static final Sector SANTE_MENTALE = new Sector("SANTE_MENTALE");

	public static final Sector PSE_PMS = new Sector("PSE_PMS");

	public static final Sector HOPITAL = new Sector("HOPITAL");

	public static final Sector CPAS_POUVOIR_LOCAL = new Sector("CPAS_POUVOIR_LOCAL");

	public static final Sector PROMOTION_SANTE = new Sector("PROMOTION_SANTE");

	public static final Sector AIDE_VICTIMES = new Sector("AIDE_VICTIMES");

	public static final Sector MAISON_ACCUEIL = new Sector("MAISON_ACCUEIL");

	public static final Sector EDUCATION_PERMANENTE = new Sector("EDUCATION_PERMANENTE");

	public static final Sector ADMINISTRATION = new Sector("ADMINISTRATION");

	public static final Sector OTHER = new Sector("OTHER");

	private static final List<String> SEEDED = List.of("MAISON_MEDICALE", "PLANNING_FAMILIAL", "SANTE_MENTALE", "PSE_PMS", "HOPITAL", "CPAS_POUVOIR_LOCAL", "PROMOTION_SANTE", "AIDE_VICTIMES", "MAISON_ACCUEIL", "EDUCATION_PERMANENTE", "ADMINISTRATION", "OTHER");

	private static final Map<String, Sector> KNOWN = Stream.of(MAISON_MEDICALE, PLANNING_FAMILIAL, SANTE_MENTALE, PSE_PMS, HOPITAL, CPAS_POUVOIR_LOCAL, PROMOTION_SANTE, AIDE_VICTIMES, MAISON_ACCUEIL, EDUCATION_PERMANENTE, ADMINISTRATION, OTHER)
		.collect(Collectors.toUnmodifiableMap(Sector::name, Function.identity()));

	private final String code;

	private Sector(String code) {
		this.code = code;
	}

	/** The entry with this code; an {@link IllegalArgumentException} when it is not a code. */
	public static Sector valueOf(String code) {
		Sector known = KNOWN.get(code);
		return known != null ? known : new Sector(ReferenceCode.checked(code));
	}

	/** The stored code. */
	public String name() {
		return code;
	}

	/** The key of its label, resolved from the reference table ({@code ReferenceLabels}). */
	public String messageKey() {
		return MESSAGE_PREFIX + code;
	}

	public static final String MESSAGE_PREFIX = "sector.";

	@Override
	public int compareTo(Sector other) {
		return ReferenceCode.compare(SEEDED, code, other.code);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Sector that && code.equals(that.code);
	}

	@Override
	public int hashCode() {
		return code.hashCode();
	}

	@Override
	public String toString() {
		return code;
	}
}
