/** The embedded PostgreSQL 17 of the default run, started only when no datasource URL is configured. */
@org.springframework.modulith.ApplicationModule(displayName = "Embedded database")
package be.femmesetsante.sesu.database;
