/**
 * Retention: nightly (and on an admin's demand) anonymises requests ended longer ago than the
 * retention period, accounts and organisations dormant as long, and deletes drafts never submitted
 * after 90 days. It orchestrates only: each module anonymises its own tables when it receives the
 * {@link be.femmesetsante.sesu.shared.Anonymisation} events, synchronously, in the one transaction
 * per subject that this module opens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention",
		allowedDependencies = { "account", "organisation", "request", "audit", "shared" })
package be.femmesetsante.sesu.retention;
