/** Organisations that ask for support: identity, sector, enterprise number (BCE/KBO) and postal code → region routing. */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations", allowedDependencies = { "account", "shared" })
package be.femmesetsante.sesu.organisation;
