/** Support requests: the SupportRequest aggregate, its lifecycle (enforced here for every entry point) and its history. */
@org.springframework.modulith.ApplicationModule(displayName = "Support requests", allowedDependencies = { "account", "organisation", "shared" })
package be.femmesetsante.sesu.request;
