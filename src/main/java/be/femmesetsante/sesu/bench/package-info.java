/**
 * The benchmark's own pieces (issue 13), active only in the {@code bench} profile that
 * {@code bench/run} starts: the data set seeder, the {@code bare} reference page, and a row count
 * the run checks after the submission scenario. Nothing here exists in any other profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benchmark", allowedDependencies = {})
package be.femmesetsante.sesu.bench;
