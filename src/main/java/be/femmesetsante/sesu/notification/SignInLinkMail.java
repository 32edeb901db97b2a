package be.femmesetsante.sesu.notification;

import java.util.Locale;

import be.femmesetsante.sesu.account.SignInLinkRequested;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Mails the sign-in link someone asked for. */
@Component
class SignInLinkMail {

	private final Mailer mailer;

	SignInLinkMail(Mailer mailer) {
		this.mailer = mailer;
	}

	@ApplicationModuleListener
	void on(SignInLinkRequested requested) {
		mailer.send(requested.email(), Locale.forLanguageTag(requested.languageTag()), "signInLink",
				requested.link());
	}

}
