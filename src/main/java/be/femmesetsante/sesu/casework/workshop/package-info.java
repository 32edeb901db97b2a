/** Workshops gathering requests of one or more organisations. Named, so the demo data may create them. */
@org.springframework.modulith.NamedInterface("workshop")
package be.femmesetsante.sesu.casework.workshop;
