package be.femmesetsante.sesu.notification;

import java.util.Locale;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.messaging.DocumentShared;
import be.femmesetsante.sesu.messaging.MessagePosted;
import be.femmesetsante.sesu.report.EvaluationInvited;
import be.femmesetsante.sesu.shared.Region;
import be.femmesetsante.sesu.request.RequestAction;
import be.femmesetsante.sesu.request.RequestStatusChanged;
import be.femmesetsante.sesu.request.RequestSubmitted;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people that something happened on a request — never what: the mail names the reference
 * and links to the portal, where the content is behind sign-in.
 */
@Component
class RequestMail {

	/**
	 * Only for addresses no account has (the teams' mailboxes): {@link Mailer#send} writes to a person
	 * in their account's language whatever locale is passed.
	 */
	static final Locale REQUESTER_LOCALE = Locale.forLanguageTag("fr-BE");

	private final Mailer mailer;

	private final Accounts accounts;

	private final MessageSource messages;

	private final String baseUrl;

	private final String brusselsTeam;

	private final String walloniaTeam;

	RequestMail(Mailer mailer, Accounts accounts, MessageSource messages, @Value("${sesu.base-url}") String baseUrl,
			@Value("${sesu.team-email.brussels}") String brusselsTeam,
			@Value("${sesu.team-email.wallonia}") String walloniaTeam) {
		this.mailer = mailer;
		this.accounts = accounts;
		this.messages = messages;
		this.baseUrl = baseUrl;
		this.brusselsTeam = brusselsTeam;
		this.walloniaTeam = walloniaTeam;
	}

	/*
	 * One mail per listener: each listener is its own event publication, completed when its one mail
	 * is sent. A listener mailing two people would, when the second mail fails, be resubmitted and
	 * send the first again.
	 */

	@ApplicationModuleListener
	void toRequester(RequestSubmitted submitted) {
		accounts.findById(submitted.requesterAccountId())
			.ifPresent(requester -> mailer.send(requester.email(), REQUESTER_LOCALE, "requestReceived",
					submitted.reference(), requesterLink(submitted.reference())));
	}

	@ApplicationModuleListener
	void toTeam(RequestSubmitted submitted) {
		mailer.send(team(submitted.region()), REQUESTER_LOCALE, "teamNewRequest", submitted.reference(),
				teamLink(submitted.reference()));
	}

	@ApplicationModuleListener
	void on(RequestStatusChanged changed) {
		if (changed.action() == RequestAction.WITHDRAWN) {
			mailer.send(team(changed.region()), REQUESTER_LOCALE, "teamRequestWithdrawn", changed.reference(),
					teamLink(changed.reference()));
			return;
		}
		if (changed.actorAccountId() != changed.requesterAccountId()) {
			// Written in the requester's language by the mailer.
			var status = new org.springframework.context.support.DefaultMessageSourceResolvable(changed.to().messageKey());
			accounts.findById(changed.requesterAccountId())
				.ifPresent(requester -> mailer.send(requester.email(), REQUESTER_LOCALE, "requestStatusChanged",
						changed.reference(), requesterLink(changed.reference()), status));
		}
	}

	/**
	 * A request closed: its requester is invited to evaluate the support, by a link that opens the
	 * evaluation without signing in, in the language the mail is written in.
	 */
	@ApplicationModuleListener
	void on(EvaluationInvited invited) {
		accounts.findById(invited.requesterAccountId())
			.ifPresent(requester -> mailer.send(requester.email(), REQUESTER_LOCALE, "evaluationInvited",
					invited.reference(), baseUrl + invited.path() + "?lang=" + REQUESTER_LOCALE.getLanguage()));
	}

	/** A new message or document: the other side is told there is something to read on the portal. */
	@ApplicationModuleListener
	void on(MessagePosted posted) {
		somethingNew(posted.reference(), posted.region(), posted.requesterAccountId(), posted.fromTeam());
	}

	@ApplicationModuleListener
	void on(DocumentShared shared) {
		somethingNew(shared.reference(), shared.region(), shared.requesterAccountId(), shared.fromTeam());
	}

	private void somethingNew(String reference, Region region, long requesterAccountId, boolean fromTeam) {
		if (fromTeam) {
			accounts.findById(requesterAccountId)
				.ifPresent(requester -> mailer.send(requester.email(), REQUESTER_LOCALE, "newOnRequest", reference,
						requesterLink(reference)));
		}
		else {
			mailer.send(team(region), REQUESTER_LOCALE, "teamNewOnRequest", reference, teamLink(reference));
		}
	}

	/** The requester's page of the request (after sign-in by link if needed, the page asked for opens). */
	private String requesterLink(String reference) {
		return baseUrl + "/requests/" + reference;
	}

	/** The team's casework page of the request: the page staff work on (the requester's page is not theirs). */
	private String teamLink(String reference) {
		return baseUrl + "/casework/requests/" + reference;
	}

	private String team(Region region) {
		return region == Region.BRUSSELS ? brusselsTeam : walloniaTeam;
	}

}
