package be.femmesetsante.sesu.casework;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import be.femmesetsante.sesu.shared.ReferenceList;
import be.femmesetsante.sesu.account.AccountName;
import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.request.HistoryEntryView;
import be.femmesetsante.sesu.request.RequestAction;
import be.femmesetsante.sesu.request.RequestDetails;
import be.femmesetsante.sesu.request.RequestNotFoundException;
import be.femmesetsante.sesu.request.RequestPageSection;
import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.request.WorkKind;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Brussels;
import be.femmesetsante.sesu.casework.followup.Corrections;

/**
 * The team's page of a request, as every casework form shows it: after a GET, and again when a form
 * is refused. A refused form (a move, a session, a contact…) is answered on this same page with 422,
 * its message beside it and everything typed still in it, whichever controller received it: one way
 * to refuse input on the whole page.
 */
@Component
public class CaseworkRequestPage {

	static final String VIEW = "casework/request";

	private final SupportRequests requests;
	private final Organisations organisations;
	private final Accounts accounts;
	private final ReferenceList targets;
	private final ObjectProvider<RequestPageSection> sections;
	private final MessageSource messages;
	private final Corrections corrections;

	CaseworkRequestPage(SupportRequests requests, Organisations organisations, Accounts accounts,
			@Qualifier(RedirectTargetList.NAME) ReferenceList targets, ObjectProvider<RequestPageSection> sections, MessageSource messages,
			Corrections corrections) {
		this.corrections = corrections;
		this.requests = requests;
		this.organisations = organisations;
		this.accounts = accounts;
		this.targets = targets;
		this.sections = sections;
		this.messages = messages;
	}

	/**
	 * A casework form was refused: the page as it is now, answered 422. The form as typed and its
	 * errors (its {@code BindingResult}, the refusal put on it with {@link Refusal#rejectOn}) are in
	 * the model already, so the form's section shows them beside its fields.
	 */
	public String refused(Actor actor, String reference, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return render(actor, load(actor, reference), model);
	}

	/** The page of a request in the actor's scope (else not found), with what the model already holds. */
	String render(Actor actor, RequestDetails details, Model model) {
		SupportRequestView request = details.request();
		List<AccountName> staff = accounts.namesByRole(Role.STAFF);
		Map<Long, String> names = staff.stream().collect(Collectors.toMap(AccountName::id, AccountName::displayName));
		DateTimeFormatter format = Brussels.dateTimes(LocaleContextHolder.getLocale());
		List<HistoryLine> history = new ArrayList<>();
		for (HistoryEntryView entry : details.history()) {
			history.add(new HistoryLine(entry, null, entry.at(), format.format(entry.at()), iso(entry.at()),
					entry.leadAccountId() == null ? null : names.getOrDefault(entry.leadAccountId(), "—"),
					correctedFields(entry)));
		}
		// Corrections of sessions, contacts, actions, time and workshops, among the moves, by time.
		for (Corrections.CorrectionView correction : corrections.of(actor, request.id())) {
			history.add(new HistoryLine(null, correction, correction.at(), format.format(correction.at()),
					iso(correction.at()), null, List.of()));
		}
		history.sort(java.util.Comparator.comparing(HistoryLine::at));
		Set<RequestAction> actions = actor.audience().actsOnCases() ? request.status().teamActions() : Set.of();
		MoveForm form = model.containsAttribute("form") ? (MoveForm) model.getAttribute("form") : MoveForm.empty();
		RequestAction failedAction = (RequestAction) model.getAttribute("failedAction");
		model.addAttribute("request", request);
		model.addAttribute("organisation", organisations.findById(request.organisationId()).orElseThrow());
		model.addAttribute("leadName", request.leadAccountId() == null ? null
				: names.getOrDefault(request.leadAccountId(), "—"));
		model.addAttribute("received", format.format(request.submittedAt()));
		model.addAttribute("receivedIso", iso(request.submittedAt()));
		model.addAttribute("history", history);
		model.addAttribute("actions", actions);
		model.addAttribute("staff", staff);
		model.addAttribute("me", actor.accountId());
		model.addAttribute("targets", actions.contains(RequestAction.REDIRECTED)
				? targets.offered() : List.of());
		model.addAttribute("workKinds", WorkKind.values());
		model.addAttribute("form", form);
		// A move refused because the request changed: its form may be gone, the typed text is not.
		model.addAttribute("keptText", failedAction != null && !actions.contains(failedAction) ? keptText(form) : null);
		model.addAttribute("toDecide", request.germanSpeaking() && request.status() == RequestStatus.NEW);
		model.addAttribute("sections", RequestPageSection.fill(sections, model, actor, request));
		return VIEW;
	}

	RequestDetails load(Actor actor, String reference) {
		return requests.findByReference(actor, reference).orElseThrow(RequestNotFoundException::new);
	}

	/**
	 * A line of the history with its names and date ready for the page: a move of the request
	 * ({@code entry}) or a correction of a casework entry ({@code correction}).
	 * {@code correctedFields}: what a requester's correction changed, each with what it said before.
	 */
	record HistoryLine(HistoryEntryView entry, Corrections.CorrectionView correction, Instant at, String when,
			String iso, String leadName, List<Corrected> correctedFields) {
	}

	/** A field the requester corrected, and what it said before. */
	record Corrected(String field, String before) {
	}

	/** The "field=old value" lines of a requester's correction, choices in the reader's words. */
	List<Corrected> correctedFields(HistoryEntryView entry) {
		if (entry.action() != RequestAction.CORRECTED || entry.detail() == null) {
			return List.of();
		}
		List<Corrected> fields = new ArrayList<>();
		for (String line : entry.detail().split("\n")) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				fields.add(new Corrected(line.substring(0, eq), readable(line.substring(0, eq), line.substring(eq + 1))));
			}
		}
		return fields;
	}

	private String readable(String field, String value) {
		java.util.Locale locale = LocaleContextHolder.getLocale();
		try {
			if ("kinds".equals(field) && !value.isBlank()) {
				return java.util.Arrays.stream(value.split(","))
					.map(k -> messages.getMessage(be.femmesetsante.sesu.request.SupportKind.valueOf(k.strip()).messageKey(),
							null, locale))
					.collect(Collectors.joining(", "));
			}
			if ("preferredFormat".equals(field) && !value.isBlank()) {
				return messages.getMessage("request.format." + value.strip(), null, locale);
			}
		}
		catch (RuntimeException ex) {
			return value; // a name no longer known: shown as it was stored
		}
		return value.isBlank() ? "—" : value;
	}

	private static String keptText(MoveForm form) {
		for (String text : new String[] { form.reason(), form.summary(), form.targetOther() }) {
			if (text != null && !text.isBlank()) {
				return text;
			}
		}
		return null;
	}

	private static String iso(Instant instant) {
		return instant.toString();
	}
}
