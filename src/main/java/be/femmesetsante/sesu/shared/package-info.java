/**
 * What every module shares: who acts ({@link be.femmesetsante.sesu.shared.Actor}), the one access
 * policy ({@link be.femmesetsante.sesu.shared.Audience}, {@link be.femmesetsante.sesu.shared.Scope}),
 * the regions, Brussels time and the clock, cleaning of typed text, and the two ways a page refuses
 * (a {@link be.femmesetsante.sesu.shared.Refusal} explained on the same page, or not found).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN, allowedDependencies = "account")
package be.femmesetsante.sesu.shared;
