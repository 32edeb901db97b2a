package be.femmesetsante.sesu.casework.followup;

/**
 * Where casework pages live. A request's sessions, workshop and follow-ups are sections of the
 * staff request page; {@link #REQUEST_WORK} is that page, the one
 * every form of theirs comes back to.
 */
public final class CaseworkPages {

	public static final String REQUEST_WORK = "/casework/requests/{reference}";

	private CaseworkPages() {
	}

	public static String requestWork(String reference) {
		return REQUEST_WORK.replace("{reference}", reference);
	}

	public static String redirect(String reference, String anchor) {
		return "redirect:" + requestWork(reference) + "#" + anchor;
	}
}
