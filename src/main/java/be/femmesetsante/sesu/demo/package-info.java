/** Realistic demo data (accounts, organisations, requests in every status) for the {@code demo} profile only. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package be.femmesetsante.sesu.demo;
