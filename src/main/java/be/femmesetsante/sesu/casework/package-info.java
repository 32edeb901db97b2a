/** Staff casework: the triage inbox, a request's casework page with its lifecycle moves, the partner's read-only view, redirect targets. */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package be.femmesetsante.sesu.casework;
