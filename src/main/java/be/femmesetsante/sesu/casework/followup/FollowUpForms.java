package be.femmesetsante.sesu.casework.followup;

/** The follow-up forms as typed, kept as text so a refused form comes back as it was. */
final class FollowUpForms {

	private FollowUpForms() {
	}

	record ContactForm(String date, String channel, String summary) implements java.io.Serializable {
		static ContactForm empty() {
			return new ContactForm("", "", "");
		}
	}

	record ActionForm(String what, String dueDate, String assignee) implements java.io.Serializable {
		static ActionForm empty() {
			return new ActionForm("", "", "");
		}
	}

	record TimeForm(String date, String minutes, String activity) implements java.io.Serializable {
		static TimeForm empty() {
			return new TimeForm("", "", "");
		}
	}
}
