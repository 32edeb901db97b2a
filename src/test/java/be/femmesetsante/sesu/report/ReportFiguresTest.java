package be.femmesetsante.sesu.report;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.NotFoundException;
import be.femmesetsante.sesu.shared.Region;
import be.femmesetsante.sesu.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every figure of the report checked against the hand-computed values of {@link ReportFixture}, in
 * both regions, for 2012 beside 2011, with the period edges (1 January 00:30 and 31 December 23:30
 * in Brussels), a quarter, a date range, and a partner's suppressed Brussels report. Each expected
 * line reads "label | 2012 | 2011" (English labels and number formats).
 */
@IntegrationTest
class ReportFiguresTest {

	static final Locale EN = Locale.ENGLISH;

	@Autowired
	Reports reports;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	JdbcClient jdbc;

	ReportFixture.World world;

	@BeforeEach
	void world() {
		world = ReportFixture.world(accounts, organisations, requests, jdbc);
	}

	static List<String> table(ActivityReport report, String id) {
		ActivityReport.Table table = report.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
		List<ActivityReport.Line> lines = new java.util.ArrayList<>(table.lines());
		if (table.total() != null) {
			lines.add(table.total());
		}
		return lines.stream().map(l -> l.label() + " | " + l.current().text() + " | " + l.previous().text()).toList();
	}

	ActivityReport staffReport(Region region, ReportPeriod period) {
		return reports.report(Actor.of(world.staff()), region, period, EN, "test");
	}

	@Test
	void brusselsKeyFiguresFor2012BesideTheYearBefore() {
		ActivityReport report = staffReport(Region.BRUSSELS, ReportPeriod.year(2012));
		assertThat(report.funder()).isEqualTo("COCOF");
		assertThat(report.fileName("xlsx")).isEqualTo("rapport-COCOF-2012.xlsx");
		assertThat(table(report, "key")).containsExactly(
				// r1 (1 Jan 00:30 Brussels), r2, r3 (31 Dec 23:30), r4, r5, r6, r7 | r8, r9; never r10 (1 Jan 2013 00:30).
				"Requests received | 7 | 2",
				"Requests from the German-speaking Community | 0 | 0",
				// B1, B2, B3 | B1, B2; B3 is new in 2012, B1 and B2 had requests in 2011; both new in 2011.
				"Organisations reached | 3 | 2",
				"of which new organisations | 1 | 2",
				"of which returning organisations | 2 | 0",
				// r1's two sessions | r8's one.
				"Consultations held | 1 | 1",
				"Sessions held | 2 | 1",
				// 10 May 2012: r2 (8 people) and r7 (5) of Brussels; W1's 6 are Wallonia's.
				"Workshops held | 1 | 0",
				"Workshop participants | 13 | 0",
				"Organisations per workshop (average) | 2.0 | –",
				// r4 1 day, r1 2, r7 3, r2 5, r5 10 (r6 withdrawn by the requester, r3 untouched) | r8 4.
				"Days to the team’s first action (median) | 3.0 | 4.0",
				// r1: 1 → 10 January | r8: 5 → 20 May.
				"Days to the first session (median) | 9.0 | 15.0",
				"Evaluations offered | 1 | 1",
				"Evaluations received | 1 | 1");
	}

	@Test
	void brusselsBreakdownsFor2012BesideTheYearBefore() {
		ActivityReport report = staffReport(Region.BRUSSELS, ReportPeriod.year(2012));
		assertThat(table(report, "months")).containsExactly("January 2012 | 1 | 0", "February 2012 | 0 | 0",
				"March 2012 | 1 | 0", "April 2012 | 1 | 0", "May 2012 | 0 | 1", "June 2012 | 2 | 0", "July 2012 | 0 | 0",
				"August 2012 | 0 | 0", "September 2012 | 1 | 0", "October 2012 | 0 | 0", "November 2012 | 0 | 0",
				"December 2012 | 1 | 1", "Total | 7 | 2");
		assertThat(table(report, "outcomes")).containsExactly("Open (new or in review) | 1 | 1",
				"In progress (accepted or support under way) | 2 | 0", "Closed | 1 | 1", "Declined | 1 | 0",
				"Redirected | 1 | 0", "Withdrawn | 1 | 0", "Total | 7 | 2");
		assertThat(table(report, "sectors")).contains("Medical centre / health centre | 2 | 1".replace(
				"Medical centre / health centre", label(report, "sectors", 0)), "Total | 7 | 2");
		assertThat(table(report, "sectors").get(0)).endsWith(" | 2 | 1");
		assertThat(table(report, "sectors").get(1)).endsWith(" | 3 | 1");
		assertThat(table(report, "sectors").get(6)).endsWith(" | 2 | 0");
		assertThat(table(report, "sectors").subList(2, 6)).allMatch(line -> line.endsWith(" | 0 | 0"));
		assertThat(table(report, "kinds")).extracting(line -> line.substring(line.indexOf(" | ")))
			.containsExactly(" | 2 | 1", " | 1 | 0", " | 4 | 0", " | 1 | 0", " | 0 | 1", " | 0 | 0");
		assertThat(table(report, "provinces")).containsExactly("Brussels-Capital Region | 7 | 2", "Total | 7 | 2");
		assertThat(table(report, "municipalities")).containsExactly("Ixelles | 3 | 1", "Saint-Gilles | 2 | 1",
				"Bruxelles | 2 | 0", "Total | 7 | 2");
		assertThat(table(report, "hours")).extracting(line -> line.substring(line.indexOf(" | ")))
			.containsExactly(" | 1.0 | 0.0", " | 1.5 | 2.0", " | 0.0 | 0.0", " | 0.0 | 0.0", " | 0.0 | 0.0",
					" | 2.5 | 2.0");
		assertThat(table(report, "redirections")).containsExactly("Question Santé asbl | 1 | 0", "Total | 1 | 0");
		assertThat(table(report, "usefulness")).containsExactly("Very useful | 1 | 0", "Fairly useful | 0 | 1",
				"Of little use | 0 | 0", "Not useful | 0 | 0", "Total | 1 | 1");
		assertThat(table(report, "practice")).containsExactly("Yes, a lot | 1 | 0", "Yes, somewhat | 0 | 1",
				"Not yet | 0 | 0", "No | 0 | 0", "Total | 1 | 1");
		assertThat(table(report, "recommend")).containsExactly("Yes | 1 | 0", "Maybe | 0 | 1", "No | 0 | 0",
				"Total | 1 | 1");
		// Staff read the free comments of the period's evaluations.
		assertThat(report.comments()).containsExactly(world.comment());
	}

	@Test
	void walloniaFiguresFor2012BesideTheYearBefore() {
		ActivityReport report = staffReport(Region.WALLONIA, ReportPeriod.year(2012));
		assertThat(report.funder()).isEqualTo("AVIQ");
		assertThat(table(report, "key")).containsExactly("Requests received | 3 | 1",
				"Requests from the German-speaking Community | 1 | 0", "Organisations reached | 3 | 1",
				"of which new organisations | 2 | 1", "of which returning organisations | 1 | 0",
				"Consultations held | 1 | 0", "Sessions held | 1 | 0", "Workshops held | 1 | 0",
				"Workshop participants | 6 | 0", "Organisations per workshop (average) | 1.0 | –",
				// r11 2 days, r12 4, r13 6 | r14 2.
				"Days to the team’s first action (median) | 4.0 | 2.0",
				"Days to the first session (median) | 13.0 | –", "Evaluations offered | 1 | 0",
				"Evaluations received | 0 | 0");
		assertThat(table(report, "provinces")).containsExactly("Walloon Brabant | 0 | 0", "Hainaut | 0 | 0",
				"Liège | 2 | 1", "Luxembourg | 0 | 0", "Namur | 1 | 0", "Total | 3 | 1");
		// Most requests first, then most the year before, then by name.
		assertThat(table(report, "municipalities")).containsExactly("Liège | 1 | 1", "Eupen | 1 | 0", "Namur | 1 | 0",
				"Total | 3 | 1");
		assertThat(table(report, "outcomes")).containsExactly("Open (new or in review) | 0 | 0",
				"In progress (accepted or support under way) | 1 | 0", "Closed | 1 | 0", "Declined | 0 | 1",
				"Redirected | 1 | 0", "Withdrawn | 0 | 0", "Total | 3 | 1");
		assertThat(table(report, "hours")).last().isEqualTo("Total | 0.5 | 0.0");
		assertThat(table(report, "redirections")).containsExactly("Cultures&Santé asbl | 1 | 0", "Total | 1 | 0");
		assertThat(table(report, "usefulness")).last().isEqualTo("Total | 0 | 0");
		assertThat(report.comments()).isEmpty();
	}

	@Test
	void aQuarterAndADateRangeCountTheirOwnDaysAndTheSameDaysAYearBefore() {
		ActivityReport q2 = staffReport(Region.BRUSSELS, ReportPeriod.quarter(2012, 2));
		// r7 (1 April), r4 (1 June), r5 (20 June) | r8 (5 May 2011).
		assertThat(table(q2, "key").get(0)).isEqualTo("Requests received | 3 | 1");
		assertThat(table(q2, "months")).containsExactly("April 2012 | 1 | 0", "May 2012 | 0 | 1", "June 2012 | 2 | 0",
				"Total | 3 | 1");
		assertThat(q2.fileName("csv")).isEqualTo("rapport-COCOF-2012-T2.csv");
		// 1 January 2012 alone: r1, received at 00:30 in Brussels (23:30 UTC the day before).
		ActivityReport day = staffReport(Region.BRUSSELS, ReportPeriod.range(java.time.LocalDate.of(2012, 1, 1),
				java.time.LocalDate.of(2012, 1, 1)));
		assertThat(table(day, "key").get(0)).isEqualTo("Requests received | 1 | 0");
		// 31 December 2012 alone: r3 at 23:30 in Brussels; 31 December 2011: r9 the same.
		ActivityReport lastDay = staffReport(Region.BRUSSELS, ReportPeriod.range(java.time.LocalDate.of(2012, 12, 31),
				java.time.LocalDate.of(2012, 12, 31)));
		assertThat(table(lastDay, "key").get(0)).isEqualTo("Requests received | 1 | 1");
	}

	@Test
	void aPartnerReadsBrusselsWithSmallCountsSuppressedAndNeverWallonia() {
		ActivityReport report = reports.report(Actor.of(world.partner()), Region.BRUSSELS, ReportPeriod.year(2012), EN,
				"test");
		assertThat(report.suppressed()).isTrue();
		assertThat(table(report, "key")).containsExactly("Requests received | 7 | < 5",
				"Requests from the German-speaking Community | 0 | 0",
				// 3 organisations: the total itself is small, so it and its parts are hidden.
				"Organisations reached | < 5 | < 5", "of which new organisations | < 5 | < 5",
				"of which returning organisations | < 5 | 0", "Consultations held | < 5 | < 5",
				"Sessions held | < 5 | < 5", "Workshops held | < 5 | 0", "Workshop participants | 13 | 0",
				"Organisations per workshop (average) | fewer than 5 cases | –",
				// Five requests acted on: the median is shown; one is not enough.
				"Days to the team’s first action (median) | 3.0 | fewer than 5 cases",
				"Days to the first session (median) | fewer than 5 cases | fewer than 5 cases",
				"Evaluations offered | < 5 | < 5", "Evaluations received | < 5 | < 5");
		assertThat(table(report, "outcomes")).containsExactly("Open (new or in review) | < 5 | < 5",
				"In progress (accepted or support under way) | < 5 | 0", "Closed | < 5 | < 5", "Declined | < 5 | 0",
				"Redirected | < 5 | 0", "Withdrawn | < 5 | 0", "Total | 7 | < 5");
		assertThat(table(report, "usefulness")).last().isEqualTo("Total | < 5 | < 5");
		// Hours are not counts of people: shown.
		assertThat(table(report, "hours")).last().isEqualTo("Total | 2.5 | 2.0");
		// No free comment outside staff's view.
		assertThat(report.comments()).isEmpty();
		assertThatThrownBy(() -> reports.report(Actor.of(world.partner()), Region.WALLONIA, ReportPeriod.year(2012), EN,
				"test")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> reports.report(Actor.of(world.professional()), Region.BRUSSELS, ReportPeriod.year(2012),
				EN, "test")).isInstanceOf(NotFoundException.class);
	}

	private static String label(ActivityReport report, String id, int index) {
		String line = table(report, id).get(index);
		return line.substring(0, line.indexOf(" | "));
	}
}
