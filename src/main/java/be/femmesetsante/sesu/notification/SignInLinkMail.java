package be.femmesetsante.sesu.notification;

import java.util.Locale;

import be.femmesetsante.sesu.account.FirstAdminSetupLinkRequested;
import be.femmesetsante.sesu.account.SecondFactorCodeRequested;
import be.femmesetsante.sesu.account.SignInLinkRequested;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Mails what signing in needs: the link a professional asked for, the code of the team's second factor. */
@Component
class SignInLinkMail {

	private final Mailer mailer;

	SignInLinkMail(Mailer mailer) {
		this.mailer = mailer;
	}

	@ApplicationModuleListener
	void on(SignInLinkRequested requested) {
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
		mailer.sendInPageLanguage(requested.email(), Locale.forLanguageTag(requested.languageTag()), "secondFactorCode",
				requested.code());
	}

}
