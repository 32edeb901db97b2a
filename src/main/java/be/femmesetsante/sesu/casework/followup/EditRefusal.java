package be.femmesetsante.sesu.casework.followup;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

import be.femmesetsante.sesu.shared.Refusal;

/**
 * A correction refused (an edit or a deletion of a session, contact, next action or time entry):
 * the request's page answers 422 with this entry's correction form open, the message beside it and
 * the values as typed.
 */
public record EditRefusal(String subject, long id, String message, String field, Map<String, String> typed) {

	public static final String MODEL = "editRefusal";

	public boolean is(String subject, long id) {
		return this.subject.equals(subject) && this.id == id;
	}

	/** The typed value, or the entry's own when nothing was typed for it. */
	public String typed(String name, Object current) {
		String value = typed.get(name);
		return value != null ? value : current == null ? "" : String.valueOf(current);
	}

	public static void put(Model model, MessageSource messages, String subject, long id, Refusal refusal,
			Map<String, String> typed) {
		model.addAttribute(MODEL, new EditRefusal(subject, id,
				messages.getMessage(refusal, LocaleContextHolder.getLocale()), refusal.field(), typed));
	}
}
