/**
 * Follow-ups of a request (contacts, next actions, time spent), the daily digest, and what the
 * casework sections share. Named, so the demo data and the notification module may use its
 * services and its {@link be.femmesetsante.sesu.casework.followup.DailyDigestDue} event.
 */
@org.springframework.modulith.NamedInterface("followup")
package be.femmesetsante.sesu.casework.followup;
