/** Users, roles, sign-in and the first-run set-up of the first admin. */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = {})
package be.femmesetsante.sesu.account;
