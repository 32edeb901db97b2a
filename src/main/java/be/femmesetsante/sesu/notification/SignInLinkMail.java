package be.femmesetsante.sesu.notification;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

import java.util.Locale;

import be.femmesetsante.sesu.account.FirstAdminSetupLinkRequested;
import be.femmesetsante.sesu.account.SecondFactorCodeRequested;
import be.femmesetsante.sesu.account.SignInLinkRequested;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Mails what signing in needs: the link a professional asked for, the code of the team's second factor. */
@Component
class SignInLinkMail {

	private static final Logger log = LoggerFactory.getLogger(SignInLinkMail.class);

	private final Mailer mailer;

	private final Clock clock;

	SignInLinkMail(Mailer mailer, ObjectProvider<Clock> clock) {
		this.mailer = mailer;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	private boolean expired(Instant expiresAt) {
		if (expiresAt != null && !clock.instant().isBefore(expiresAt)) {
			log.info("A sign-in mail was not sent: its link or code had expired when the mail server could be reached");
			return true;
		}
		return false;
	}

	@ApplicationModuleListener
	void on(SignInLinkRequested requested) {
		if (expired(requested.expiresAt())) {
			return; // held back past its validity (SMTP server away): a dead link is not sent late
		}
		mailer.sendInPageLanguage(requested.email(), Locale.forLanguageTag(requested.languageTag()), "signInLink",
				requested.link());
	}

	/** No admin yet, outside development: the set-up link to SESU_ADMIN_EMAIL, in French (no page to take a language from). */
	@ApplicationModuleListener
	void on(FirstAdminSetupLinkRequested requested) {
		mailer.send(requested.email(), Locale.forLanguageTag("fr-BE"), "firstAdminSetup", requested.link());
	}

	/** To the address of the account that has just passed its password, never to a typed one. */
	@ApplicationModuleListener
	void on(SecondFactorCodeRequested requested) {
		if (expired(requested.expiresAt())) {
			return; // the person has asked for a new one long ago
		}
		mailer.sendInPageLanguage(requested.email(), Locale.forLanguageTag(requested.languageTag()), "secondFactorCode",
				requested.code());
	}

}
