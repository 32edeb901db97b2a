/** Messages and documents exchanged on a request between its organisation and the team. */
@org.springframework.modulith.ApplicationModule(displayName = "Messages and documents", allowedDependencies = { "account", "request", "shared" })
package be.femmesetsante.sesu.messaging;
