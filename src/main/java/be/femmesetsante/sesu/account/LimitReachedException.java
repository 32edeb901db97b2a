package be.femmesetsante.sesu.account;

import java.time.Duration;

/**
 * A person did something more often than {@link ActivityLimits} allows; nothing was done. The web
 * layer answers it with HTTP 429 and a page saying what and for how long.
 */
public class LimitReachedException extends RuntimeException {

	private final ActivityLimits.Activity activity;

	private final Duration retryAfter;

	LimitReachedException(ActivityLimits.Activity activity, Duration retryAfter) {
		super(activity + " limit reached");
		this.activity = activity;
		this.retryAfter = retryAfter;
	}

	public ActivityLimits.Activity activity() {
		return activity;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

	/** The bundle key saying what was limited: {@code limit.uploads}, {@code limit.messages}, {@code limit.submissions}. */
	public String messageKey() {
		return switch (activity) {
			case UPLOAD -> "limit.uploads";
			case MESSAGE -> "limit.messages";
			case SUBMISSION -> "limit.submissions";
		};
	}

}
