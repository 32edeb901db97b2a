package be.femmesetsante.sesu.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.shared.NotFoundException;

/**
 * The team decides professionals' asks to join an organisation; admins merge an organisation
 * registered twice. A confirmed professional belongs to the organisation at once (their next page
 * shows it); either way they are told by mail ({@link JoinRequestDecided}).
 */
@Service
public class OrganisationAdministration {

	private final OrganisationRepository organisations;

	private final OrganisationJoinRequestRepository joinRequests;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrganisationAdministration(OrganisationRepository organisations, OrganisationJoinRequestRepository joinRequests,
			Accounts accounts, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.organisations = organisations;
		this.joinRequests = joinRequests;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The asks waiting for a decision, oldest first. */
	@Transactional(readOnly = true)
	public List<JoinRequestRow> pendingJoinRequests() {
		return jdbc.sql("""
				select j.id, j.account_id, j.organisation_id, o.name, o.postal_code, o.municipality, j.requested_at
				from organisation_join_request j join organisation o on o.id = j.organisation_id
				where j.status = 'PENDING' order by j.requested_at, j.id""")
			.query((rs, n) -> {
				long accountId = rs.getLong("account_id");
				Optional<PortalUser> professional = accounts.findById(accountId);
				return new JoinRequestRow(rs.getLong("id"), accountId,
						professional.map(PortalUser::displayName).orElse("—"),
						professional.map(PortalUser::email).orElse("—"), rs.getLong("organisation_id"),
						rs.getString("name"), rs.getString("postal_code"), rs.getString("municipality"),
						rs.getTimestamp("requested_at").toInstant());
			})
			.list();
	}

	/**
	 * Confirms or refuses an ask. Confirmed, the professional joins the organisation, unless they
	 * belong to one already (then the ask is refused: one organisation per professional).
	 *
	 * @throws JoinRequestRefusal decided already
	 */
	@Transactional
	public void decide(PortalUser decider, long joinRequestId, boolean confirm) {
		OrganisationJoinRequest request = joinRequests.findById(joinRequestId).orElseThrow(NotFoundException::new);
		Organisation organisation = organisations.findById(request.organisationId()).orElseThrow(NotFoundException::new);
		boolean joins = confirm && accounts.findById(request.accountId())
			.map(professional -> professional.organisationId() == null && professional.enabled())
			.orElse(false);
		if (confirm && !joins) {
			throw new JoinRequestRefusal("organisation.joinRequests.refused.member");
		}
		request.decide(confirm, decider.accountId(), clock.instant());
		if (joins) {
			accounts.joinOrganisation(request.accountId(), organisation.id());
		}
		events.publishEvent(new JoinRequestDecided(request.accountId(), organisation.id(), organisation.toView().name(), joins));
	}

	/** Organisations that can be merged (none merged already), by name. */
	@Transactional(readOnly = true)
	public List<OrganisationChoice> mergeChoices() {
		return jdbc.sql("""
				select id, name, postal_code, municipality, enterprise_number from organisation
				where merged_into_id is null order by lower(name), postal_code, id""")
			.query((rs, n) -> new OrganisationChoice(rs.getLong("id"), rs.getString("name"), rs.getString("postal_code"),
					rs.getString("municipality"), rs.getString("enterprise_number")))
			.list();
	}

	/**
	 * Merges {@code mergedId} into {@code keptId}: its members, its pending asks to join, and (through
	 * {@link OrganisationsMerged}) its requests and workshop participations go to the kept one; the
	 * merged organisation stays, pointing to the kept one, for history, and is no longer offered.
	 *
	 * @throws JoinRequestRefusal the same organisation twice, or one merged already
	 */
	@Transactional
	public void merge(PortalUser admin, long keptId, long mergedId) {
		if (keptId == mergedId) {
			throw new JoinRequestRefusal("organisation.merge.refused.same", "mergedId");
		}
		Organisation kept = organisations.findById(keptId).orElseThrow(NotFoundException::new);
		Organisation merged = organisations.findById(mergedId).orElseThrow(NotFoundException::new);
		if (kept.mergedIntoId() != null || merged.mergedIntoId() != null) {
			throw new JoinRequestRefusal("organisation.merge.refused.mergedAlready", "mergedId");
		}
		String handedOver = merged.mergeInto(kept, clock.instant());
		// The enterprise number leaves the merged one before the kept one takes it (unique index).
		organisations.flush();
		if (handedOver != null) {
			kept.adoptEnterpriseNumber(handedOver);
			organisations.flush();
		}
		accounts.moveMembers(mergedId, keptId);
		// An ask to join both is one ask: the merged organisation's copy goes, the other moves.
		jdbc.sql("""
				delete from organisation_join_request m where m.organisation_id = :merged and m.status = 'PENDING'
				  and exists (select 1 from organisation_join_request k where k.organisation_id = :kept
				              and k.account_id = m.account_id and k.status = 'PENDING')""")
			.param("merged", mergedId)
			.param("kept", keptId)
			.update();
		jdbc.sql("update organisation_join_request set organisation_id = :kept where organisation_id = :merged and status = 'PENDING'")
			.param("merged", mergedId)
			.param("kept", keptId)
			.update();
		events.publishEvent(new OrganisationsMerged(mergedId, keptId));
	}

}
