package be.femmesetsante.sesu.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.femmesetsante.sesu.shared.ReferenceList;

/**
 * The organisation module's door: register and update organisations, find them. Hands out
 * {@link OrganisationView}s, never the entity.
 */
@Service
@Transactional(readOnly = true)
public class Organisations {

	private final OrganisationRepository organisations;
	private final OrganisationJoinRequestRepository joinRequests;
	private final Clock clock;
	private final ReferenceList sectors;

	Organisations(OrganisationRepository organisations, OrganisationJoinRequestRepository joinRequests,
			ObjectProvider<Clock> clock, @Qualifier(SectorList.NAME) ReferenceList sectors) {
		this.organisations = organisations;
		this.joinRequests = joinRequests;
		this.sectors = sectors;
		// A Clock bean, when one exists, lets tests fix "now"; the system clock otherwise.
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Registers an organisation of the service's area.
	 *
	 * @throws OrganisationException when the postal code is not Belgian or is in Flanders, a
	 *         required field is blank, or the enterprise number is already registered
	 */
	@Transactional
	public OrganisationView register(NewOrganisation details) {
		if (details.enterpriseNumber() != null
				&& organisations.existsByEnterpriseNumber(details.enterpriseNumber().digits())) {
			throw new OrganisationException(OrganisationException.Reason.ENTERPRISE_NUMBER_TAKEN, "enterpriseNumber");
		}
		checkSector(details.sector(), null);
		Organisation organisation = new Organisation(details, clock.instant());
		return saveChecked(() -> organisations.saveAndFlush(organisation), organisation).toView();
	}

	/**
	 * Changes an organisation's details; the region follows the postal code. The change is made on
	 * the version the person saw: when a colleague saved the organisation since (or saves it while
	 * this change is written), nothing is saved.
	 *
	 * @param expectedVersion the {@link OrganisationView#version()} the edit started from; null (a
	 *        form that did not say) counts as an older one
	 * @throws OrganisationException {@code CONCURRENT_CHANGE} when the version moved on; otherwise
	 *         as {@link #register}, or {@code NOT_FOUND}
	 */
	/** Every sector, retired ones too (filters: organisations still carry them), in the list's order. */
	public List<Sector> allSectors() {
		return sectors.entries().stream().map(e -> Sector.valueOf(e.code())).toList();
	}

	/** The sectors forms offer; a retired one stays on the organisations that have it. */
	public List<Sector> offeredSectors() {
		return sectors.offered().stream().map(e -> Sector.valueOf(e.code())).toList();
	}

	/** An organisation chooses an offered sector, or keeps the (possibly retired) one it has. */
	private void checkSector(Sector sector, Sector current) {
		if (sector != null && !sector.equals(current) && !sectors.isOffered(sector.name())) {
			throw new OrganisationException(OrganisationException.Reason.SECTOR_NOT_OFFERED, "sector");
		}
	}

	@Transactional
	public OrganisationView update(long id, Long expectedVersion, NewOrganisation details) {
		Organisation organisation = organisations.findById(id)
			.orElseThrow(() -> new OrganisationException(OrganisationException.Reason.NOT_FOUND));
		if (expectedVersion == null || organisation.version() != expectedVersion) {
			throw new OrganisationException(OrganisationException.Reason.CONCURRENT_CHANGE);
		}
		if (details.enterpriseNumber() != null
				&& organisations.existsByEnterpriseNumberAndIdNot(details.enterpriseNumber().digits(), id)) {
			throw new OrganisationException(OrganisationException.Reason.ENTERPRISE_NUMBER_TAKEN, "enterpriseNumber");
		}
		checkSector(details.sector(), organisation.toView().sector());
		organisation.apply(details);
		// Managed already: flush rather than save (which would merge a copy). Flushing here also
		// turns a save committed by a colleague between our read and our write into a refusal.
		return saveChecked(() -> {
			try {
				organisations.flush();
			}
			catch (OptimisticLockingFailureException ex) {
				throw new OrganisationException(OrganisationException.Reason.CONCURRENT_CHANGE);
			}
			return organisation;
		}, organisation).toView();
	}

	public Optional<OrganisationView> findById(long id) {
		return organisations.findById(id).map(Organisation::toView);
	}

	public Optional<OrganisationView> findByEnterpriseNumber(EnterpriseNumber number) {
		return organisations.findByEnterpriseNumber(number.digits()).map(Organisation::toView);
	}

	/** The first organisation with this name (case and spaces ignored): lets seeding run twice. */
	public Optional<OrganisationView> findFirstByName(String name) {
		return organisations.findByNameIgnoringCase(name).stream().findFirst().map(Organisation::toView);
	}

	/**
	 * Records that a professional asks to join the organisation registered with this enterprise
	 * number; staff confirm it later. Asking twice records one pending ask.
	 *
	 * @return the organisation asked for, empty when no organisation has this number
	 */
	@Transactional
	public Optional<OrganisationView> requestToJoin(long accountId, EnterpriseNumber number) {
		// A merged organisation leads to the one it was merged into.
		Optional<Organisation> organisation = organisations.findByEnterpriseNumber(number.digits())
			.map(found -> found.mergedIntoId() == null ? found
					: organisations.findById(found.mergedIntoId()).orElse(found));
		organisation.ifPresent(o -> {
			if (!joinRequests.existsByOrganisationIdAndAccountIdAndStatus(o.id(), accountId,
					OrganisationJoinRequest.PENDING)) {
				joinRequests.save(new OrganisationJoinRequest(o.id(), accountId, clock.instant()));
			}
		});
		return organisation.map(Organisation::toView);
	}

	/** Whether this professional has asked to join an organisation and waits for staff. */
	public boolean hasPendingJoinRequest(long accountId) {
		return joinRequests.findFirstByAccountIdAndStatusOrderByRequestedAtDesc(accountId,
				OrganisationJoinRequest.PENDING).isPresent();
	}

	private static Organisation saveChecked(Supplier<Organisation> write, Organisation organisation) {
		try {
			return write.get();
		}
		catch (DataIntegrityViolationException ex) {
			// Two people registering the same number at once: the unique index decides.
			if (organisation.enterpriseNumber() != null) {
				throw new OrganisationException(OrganisationException.Reason.ENTERPRISE_NUMBER_TAKEN, "enterpriseNumber");
			}
			throw ex;
		}
	}
}
