/** Consultation sessions of a request. Named, so the demo data may log sessions through its service. */
@org.springframework.modulith.NamedInterface("consultation")
package be.femmesetsante.sesu.casework.consultation;
