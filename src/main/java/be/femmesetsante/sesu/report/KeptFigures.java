package be.femmesetsante.sesu.report;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import be.femmesetsante.sesu.shared.Region;
import be.femmesetsante.sesu.shared.Scope;

/**
 * A report's figures, computed once and kept until something they count changes (issue 13: the same
 * year's report read by several people at once, then exported as CSV, XLSX and PDF, computed the same
 * figures each time). The database counts every committed change to what reports read (V35); figures
 * are kept with the count read <em>before</em> computing them, so they never miss a change the count
 * includes, and a later change moves the count. Each node keeps its own, a few dozen reports at most;
 * what is kept are counts, no one's words.
 */
@Component
class KeptFigures {

	static final int MAX_KEPT = 48;

	private record Key(Region region, ReportPeriod period, Scope scope) {
	}

	private record Kept(long version, ReportFigures figures) {
	}

	private final ReportQueries queries;

	private final JdbcClient jdbc;

	private final Map<Key, Kept> kept = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
			return size() > MAX_KEPT;
		}
	};

	KeptFigures(ReportQueries queries, JdbcClient jdbc) {
		this.queries = queries;
		this.jdbc = jdbc;
	}

	ReportFigures figures(Region region, ReportPeriod period, Scope scope) {
		long version = version();
		Key key = new Key(region, period, scope);
		synchronized (kept) {
			Kept k = kept.get(key);
			if (k != null && k.version() == version) {
				return k.figures();
			}
		}
		ReportFigures figures = queries.figures(region, period, scope);
		synchronized (kept) {
			Kept k = kept.get(key);
			if (k == null || k.version() < version) {
				kept.put(key, new Kept(version, figures));
			}
		}
		return figures;
	}

	/** How many changes to what reports count have been committed, as this transaction sees it. */
	long version() {
		return jdbc.sql("select cast(sum(changes) as bigint) from report_data_version").query(Long.class).single();
	}

}
