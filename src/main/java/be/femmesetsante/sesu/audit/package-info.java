/**
 * The audit trail: every read of a request (its pages, a document, an export), every change, every
 * sign-in and failed sign-in, append-only in PostgreSQL. Reads and changes arrive as events published
 * inside the reader's or writer's transaction and are recorded synchronously, in that transaction.
 * Staff see who accessed a request on its casework page; admins search and export the whole trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail",
		allowedDependencies = { "account", "request", "messaging", "shared" })
package be.femmesetsante.sesu.audit;
