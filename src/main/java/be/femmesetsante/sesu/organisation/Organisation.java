package be.femmesetsante.sesu.organisation;

import be.femmesetsante.sesu.shared.Region;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An organisation that asks for support. Its region follows from its postal code and is stored
 * as a plain column, so lists and reports filter on it without recomputing the routing. Its
 * version moves on with every save: an edit started on an older version is refused rather than
 * silently undoing what a colleague saved meanwhile.
 */
@Entity
@Table(name = "organisation")
class Organisation {

	static final int NAME_MAX = 200;
	static final int STREET_MAX = 200;
	static final int MUNICIPALITY_MAX = 100;
	static final int WEBSITE_MAX = 300;
	static final int PRONOUNS_MAX = 60;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = NAME_MAX)
	private String name;

	@Column(nullable = false, length = 30)
	private Sector sector;

	@Column(name = "sector_other", length = NAME_MAX)
	private String sectorOther;

	@Column(nullable = false, length = STREET_MAX)
	private String street;

	@Column(name = "postal_code", nullable = false, length = 4)
	private String postalCode;

	@Column(nullable = false, length = MUNICIPALITY_MAX)
	private String municipality;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Region region;

	@Column(name = "german_speaking", nullable = false)
	private boolean germanSpeaking;

	@Column(name = "enterprise_number", length = 10)
	private String enterpriseNumber;

	@Column(length = WEBSITE_MAX)
	private String website;

	@Column(name = "contact_name", nullable = false, length = NAME_MAX)
	private String contactName;

	@Column(name = "contact_pronouns", length = PRONOUNS_MAX)
	private String contactPronouns;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	@Column(nullable = false)
	private long version;

	/** The organisation this one was merged into (it was registered twice); null while it stands alone. */
	@Column(name = "merged_into_id")
	private Long mergedIntoId;

	@Column(name = "merged_at")
	private Instant mergedAt;

	protected Organisation() {
		// for JPA
	}

	Organisation(NewOrganisation details, Instant now) {
		apply(details);
		this.createdAt = now;
	}

	/** Replaces the details; the region follows the (possibly new) postal code. */
	void apply(NewOrganisation details) {
		PostalCodeRouting.Result routing = PostalCodeRouting.route(details.postalCode());
		if (routing instanceof PostalCodeRouting.Invalid) {
			throw new OrganisationException(OrganisationException.Reason.POSTAL_CODE_INVALID, "postalCode");
		}
		if (routing instanceof PostalCodeRouting.OutsideArea) {
			throw new OrganisationException(OrganisationException.Reason.OUTSIDE_AREA, "postalCode");
		}
		PostalCodeRouting.Served served = (PostalCodeRouting.Served) routing;
		if (details.sector() == null) {
			throw new OrganisationException(OrganisationException.Reason.REQUIRED, "sector");
		}
		String other = optional(details.sectorOther(), NAME_MAX, "sectorOther");
		if (details.sector() == Sector.OTHER && other == null) {
			throw new OrganisationException(OrganisationException.Reason.SECTOR_OTHER_REQUIRED, "sectorOther");
		}
		this.name = required(details.name(), NAME_MAX, "name");
		this.sector = details.sector();
		// The free text only means something next to OTHER; keep no stale text behind another sector.
		this.sectorOther = details.sector() == Sector.OTHER ? other : null;
		this.street = required(details.street(), STREET_MAX, "street");
		this.postalCode = details.postalCode().trim();
		this.municipality = required(details.municipality(), MUNICIPALITY_MAX, "municipality");
		this.region = served.region();
		this.germanSpeaking = served.germanSpeaking();
		this.enterpriseNumber = details.enterpriseNumber() == null ? null : details.enterpriseNumber().digits();
		this.website = optional(details.website(), WEBSITE_MAX, "website");
		this.contactName = required(details.contactName(), NAME_MAX, "contactName");
		this.contactPronouns = optional(details.contactPronouns(), PRONOUNS_MAX, "contactPronouns");
	}

	Long mergedIntoId() {
		return mergedIntoId;
	}

	/**
	 * This organisation is the same as the kept one: it points to it from now on and is no longer
	 * offered. When the kept one has no enterprise number, this one's is handed over (returned, and
	 * cleared here first, for the unique index); otherwise it stays here and leads to the kept one.
	 */
	String mergeInto(Organisation kept, Instant now) {
		this.mergedIntoId = kept.id();
		this.mergedAt = now;
		if (kept.enterpriseNumber == null && this.enterpriseNumber != null) {
			String handedOver = this.enterpriseNumber;
			this.enterpriseNumber = null;
			return handedOver;
		}
		return null;
	}

	void adoptEnterpriseNumber(String digits) {
		if (this.enterpriseNumber == null) {
			this.enterpriseNumber = digits;
		}
	}

	private static String required(String value, int max, String field) {
		String text = optional(value, max, field);
		if (text == null) {
			throw new OrganisationException(OrganisationException.Reason.REQUIRED, field);
		}
		return text;
	}

	private static String optional(String value, int max, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw new OrganisationException(OrganisationException.Reason.TOO_LONG, field);
		}
		return text;
	}

	OrganisationView toView() {
		return new OrganisationView(id, name, sector, sectorOther, street, postalCode, municipality, region,
				germanSpeaking, EnterpriseNumber.fromStorage(enterpriseNumber).orElse(null), website,
				contactName, contactPronouns, createdAt, version);
	}

	Long id() {
		return id;
	}

	String enterpriseNumber() {
		return enterpriseNumber;
	}

	long version() {
		return version;
	}
}
