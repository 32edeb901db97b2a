/** Shared web layer: layout, locale switch, error pages, home page and the security configuration. */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = { "account", "shared" })
package be.femmesetsante.sesu.web;
