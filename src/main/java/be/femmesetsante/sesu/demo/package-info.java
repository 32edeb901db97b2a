/** Realistic demo data (accounts, organisations, requests in every status) for the {@code demo} profile only. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "account", "casework :: consultation", "casework :: followup", "casework :: workshop",
				"organisation", "report", "request", "shared" })
package be.femmesetsante.sesu.demo;
