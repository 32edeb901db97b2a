package be.femmesetsante.sesu.request;

/**
 * The privacy notice shown on the request form and acknowledged with each request. Change
 * {@link #VERSION} whenever the notice's texts ({@code privacy.*} in the bundles) change, so each
 * request keeps the version its sender read.
 */
public final class PrivacyNotice {

	public static final String VERSION = "2026-11-v1";

	private PrivacyNotice() {
	}

}
