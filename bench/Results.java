import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bench/run's last step (plain Java, no dependency): reads wrk's figures per scenario and round
 * (target/bench/raw), keeps each scenario's median round, checks the targets of issue 13, writes
 * target/bench/results.json and prints a table. Arguments: out-dir rounds seed-s heap-mb rows-before
 * rows-after oom report-status date cores.
 */
public class Results {

	static final List<String> ORDER = List.of("bare", "floor", "inbox", "inbox_filtered", "request_detail",
			"dashboard", "my_requests", "report_year", "submit_request");

	/** jvmMs, dbMs: CPU milliseconds per request used by the portal's JVM and by PostgreSQL (NaN if unknown). */
	record Run(String name, long requests, long errors, double rps, double p50, double p95, double p99, long accepted,
			double jvmMs, double dbMs) {
	}

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args[0]);
		int rounds = Integer.parseInt(args[1]);
		String seed = args[2];
		String heap = args[3];
		long rowsBefore = Long.parseLong(args[4].trim());
		long rowsAfter = Long.parseLong(args[5].trim());
		boolean oom = Boolean.parseBoolean(args[6]);
		String reportStatus = args[7];
		String date = args[8];
		String cores = args[9];

		Map<String, Run> median = new LinkedHashMap<>();
		Map<String, long[]> totals = new LinkedHashMap<>();
		long acceptedAll = 0;
		for (String name : ORDER) {
			List<Run> runs = new ArrayList<>();
			for (int r = 1; r <= rounds; r++) {
				Path file = out.resolve("raw").resolve(name + "-" + r + ".json");
				if (Files.exists(file)) {
					runs.add(withCpu(read(name, Files.readString(file)), file.resolveSibling(file.getFileName() + ".cpu")));
				}
			}
			Path warmup = out.resolve("raw").resolve("warmup-" + name + ".json");
			if (Files.exists(warmup)) {
				Run w = read(name, Files.readString(warmup));
				acceptedAll += w.accepted();
				if (w.errors() > 0) {
					totals.computeIfAbsent(name, k -> new long[2])[1] += w.errors();
				}
			}
			if (runs.isEmpty()) {
				continue;
			}
			runs.sort(Comparator.comparingDouble(Run::rps));
			Run mid = runs.get(runs.size() / 2);
			long[] t = totals.computeIfAbsent(name, k -> new long[2]);
			for (Run run : runs) {
				t[0] += run.requests();
				t[1] += run.errors();
				acceptedAll += run.accepted();
			}
			median.put(name, new Run(name, t[0], t[1], mid.rps(), mid.p50(), mid.p95(), mid.p99(), mid.accepted(),
					mid.jvmMs(), mid.dbMs()));
		}
		double bare = median.containsKey("bare") ? median.get("bare").rps() : Double.NaN;
		double floor = median.containsKey("floor") ? median.get("floor").rps() : Double.NaN;

		StringBuilder json = new StringBuilder("{\"scenarios\":[");
		StringBuilder table = new StringBuilder();
		table.append(String.format(Locale.ROOT, "%n%-15s %9s %7s %9s %8s %8s %8s %7s %7s %7s %7s  %s%n", "scenario",
				"requests", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "÷bare", "÷floor", "cpu jvm", "cpu db",
				"target"));
		boolean first = true;
		List<String> failures = new ArrayList<>();
		for (String name : ORDER) {
			Run run = median.get(name);
			if (run == null) {
				if (name.equals("report_year") && !"200".equals(reportStatus)) {
					table.append(String.format("%-15s skipped: /reports answered %s%n", name, reportStatus));
				}
				continue;
			}
			String verdict = verdict(run, bare, floor, rowsAfter - rowsBefore, acceptedAll);
			if (!verdict.startsWith("ok")) {
				failures.add(name + ": " + verdict);
			}
			table.append(String.format(Locale.ROOT, "%-15s %9d %7d %9.1f %8.1f %8.1f %8.1f %7.2f %7.2f %7.2f %7.2f  %s%n",
					name, run.requests(), run.errors(), run.rps(), run.p50(), run.p95(), run.p99(), run.rps() / bare,
					run.rps() / floor, run.jvmMs(), run.dbMs(), verdict));
			if (name.equals("bare")) {
				continue;
			}
			json.append(first ? "" : ",").append(object(run, bare, floor));
			first = false;
		}
		json.append("],\"reference\":[");
		if (median.containsKey("bare")) {
			json.append(object(median.get("bare"), bare, floor));
		}
		json.append(String.format(Locale.ROOT,
				"],\"heap_max_mb\":%s,\"seed_s\":%s,\"date\":\"%s\",\"cores\":%s,\"rounds\":%d,"
						+ "\"submitted_rows\":%d,\"accepted_submissions\":%d,\"out_of_memory\":%s}%n",
				heap, seed.isBlank() ? "null" : seed, date, cores, rounds, rowsAfter - rowsBefore, acceptedAll, oom));
		Files.writeString(out.resolve("results.json"), json);

		System.out.print(table);
		System.out.println("cpu jvm, cpu db: CPU milliseconds per request used by the portal's JVM and by PostgreSQL"
				+ " (less disturbed by other work on the machine than req/s and latencies)");
		System.out.printf(Locale.ROOT, "%nseed %s s · heap -Xmx%s m · %s cores · %s · %d round(s) · "
				+ "submissions accepted %d, new rows %d · OutOfMemoryError: %s%n", seed, heap, cores, date, rounds,
				acceptedAll, rowsAfter - rowsBefore, oom ? "YES" : "no");
		System.out.println("Targets missed: " + (failures.isEmpty() ? "none" : String.join("; ", failures)));
		System.out.println("Written: " + out.resolve("results.json"));
	}

	static String verdict(Run run, double bare, double floor, long newRows, long accepted) {
		List<String> missed = new ArrayList<>();
		if (run.errors() > 0) {
			missed.add(run.errors() + " errors");
		}
		switch (run.name()) {
			case "floor" -> {
				if (run.rps() < 2500) {
					missed.add("rps<2500");
				}
				if (run.rps() < 0.5 * bare) {
					missed.add("rps<0.5×bare");
				}
			}
			case "inbox", "inbox_filtered", "dashboard" -> {
				if (run.p95() > 50) {
					missed.add("p95>50");
				}
				if (run.rps() < 0.25 * floor) {
					missed.add("rps<0.25×floor");
				}
			}
			case "request_detail", "my_requests" -> {
				if (run.p95() > 30) {
					missed.add("p95>30");
				}
			}
			case "report_year" -> {
				if (run.p95() > 300) {
					missed.add("p95>300");
				}
			}
			case "submit_request" -> {
				if (run.p95() > 100) {
					missed.add("p95>100");
				}
				// Every accepted (answered 302/303) submission must be in the database; a submission whose
				// answer came after wrk's timeout is in it too but was not counted as accepted.
				if (newRows < accepted) {
					missed.add("rows " + newRows + "<accepted " + accepted);
				}
			}
			default -> {
			}
		}
		return missed.isEmpty() ? (run.name().equals("bare") ? "ok (reference)" : "ok") : "MISSED " + String.join(", ", missed);
	}

	static String object(Run run, double bare, double floor) {
		return String.format(Locale.ROOT,
				"{\"name\":\"%s\",\"requests\":%d,\"errors\":%d,\"rps\":%.1f,\"p50_ms\":%.2f,\"p95_ms\":%.2f,"
						+ "\"p99_ms\":%.2f,\"rps_to_bare\":%.3f,\"rps_to_floor\":%.3f,"
						+ "\"jvm_cpu_ms_per_request\":%s,\"db_cpu_ms_per_request\":%s}",
				run.name(), run.requests(), run.errors(), run.rps(), run.p50(), run.p95(), run.p99(), run.rps() / bare,
				run.rps() / floor, orNull(run.jvmMs()), orNull(run.dbMs()));
	}

	static String orNull(double value) {
		return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.3f", value);
	}

	static Run read(String name, String json) {
		return new Run(name, number(json, "requests").longValue(), number(json, "errors").longValue(),
				number(json, "requests").doubleValue() / (number(json, "duration_us").doubleValue() / 1e6),
				number(json, "p50_ms").doubleValue(), number(json, "p95_ms").doubleValue(),
				number(json, "p99_ms").doubleValue(), number(json, "accepted").longValue(), Double.NaN, Double.NaN);
	}

	/** The .cpu file bench/run writes beside a run: "jvm db" ticks before, the same after, ticks per second. */
	static Run withCpu(Run run, Path cpu) throws IOException {
		if (!Files.exists(cpu) || run.requests() == 0) {
			return run;
		}
		String[] t = Files.readString(cpu).trim().split("\\s+");
		double perTick = 1000.0 / Double.parseDouble(t[4]) / run.requests();
		return new Run(run.name(), run.requests(), run.errors(), run.rps(), run.p50(), run.p95(), run.p99(),
				run.accepted(), (Double.parseDouble(t[2]) - Double.parseDouble(t[0])) * perTick,
				(Double.parseDouble(t[3]) - Double.parseDouble(t[1])) * perTick);
	}

	static Number number(String json, String key) {
		Matcher m = Pattern.compile("\"" + key + "\":([0-9.eE+-]+)").matcher(json);
		if (!m.find()) {
			throw new IllegalArgumentException("No " + key + " in " + json);
		}
		return Double.valueOf(m.group(1));
	}
}
