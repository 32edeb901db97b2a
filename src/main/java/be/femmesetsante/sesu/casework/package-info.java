/**
 * Staff casework: the triage inbox, a request's casework page with its lifecycle moves, the partner's
 * read-only view, redirect targets. The inbox, the dashboard and the daily digest are casework's read
 * models: they read casework's own tables and the views other modules publish (V12), never their tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework",
		allowedDependencies = { "account", "organisation", "request", "shared" })
package be.femmesetsante.sesu.casework;
