/** Personal data: a professional's data export ("Mes données"); later the audit trail, retention and privacy notice versions. */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy",
		allowedDependencies = { "account", "messaging", "organisation", "request", "shared" })
package be.femmesetsante.sesu.privacy;
