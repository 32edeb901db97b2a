package be.femmesetsante.sesu.organisation;

/**
 * An organisation registered twice was merged into the one kept. Published inside the merge's
 * transaction: modules holding organisation ids (requests, workshops) move their rows to the kept
 * one in that same transaction, with a plain {@code @EventListener}, so the merge is all or nothing.
 */
public record OrganisationsMerged(long mergedId, long keptId) {
}
