/**
 * Activity reports for the funders (COCOF for Brussels, AVIQ for Wallonia): figures computed in
 * the database over the views other modules publish, charts, CSV/XLSX/PDF exports; and the
 * requesters' evaluation of a closed request, whose answers staff read on the request and reports
 * count.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activity reports and evaluations",
		allowedDependencies = { "account", "request", "shared" })
package be.femmesetsante.sesu.report;
