/** E-mails, sent from domain events after the change is committed; never a request's content. */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "account", "casework :: followup", "messaging", "organisation", "report", "request", "shared" })
package be.femmesetsante.sesu.notification;
