/**
 * Database infrastructure: the embedded PostgreSQL 17 of the default run (started only when no
 * datasource URL is configured), and the ShedLock locks that keep scheduled jobs to one node.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database infrastructure", allowedDependencies = {})
package be.femmesetsante.sesu.database;
