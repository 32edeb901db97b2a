package be.femmesetsante.sesu.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The portal's clock in the demo profile: the real time, except while {@link DemoReportHistory}
 * replays last year's and this year's requests, when it is set back to the moment each step
 * happened, so every date (received, moved, session, time, evaluation) is the one a real year
 * would have left. Outside the demo profile the plain UTC clock of {@code shared} is the only one.
 */
@Component
@Primary
@Profile("demo")
class DemoClock extends Clock {

	private final Clock system = Clock.systemUTC();

	private volatile Duration offset = Duration.ZERO;

	/** From now on, "now" is this moment (and time flows from it). */
	void travelTo(Instant moment) {
		offset = Duration.between(system.instant(), moment);
	}

	/** Back to the real time. */
	void backToNow() {
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(system.withZone(zone), offset);
	}

	@Override
	public Instant instant() {
		return system.instant().plus(offset);
	}
}
