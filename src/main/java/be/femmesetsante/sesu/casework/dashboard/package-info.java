/** "Mon tableau de bord": a staff member's open cases, due actions and new unassigned requests. */
package be.femmesetsante.sesu.casework.dashboard;
