package be.femmesetsante.sesu.notification;

import java.util.Locale;

import be.femmesetsante.sesu.account.SecondFactorCodeRequested;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Mails the code of the second factor to the account that has just passed its password. */
@Component
class SecondFactorCodeMail {

	private final Mailer mailer;

	SecondFactorCodeMail(Mailer mailer) {
		this.mailer = mailer;
	}

	@ApplicationModuleListener
	void on(SecondFactorCodeRequested requested) {
		mailer.send(requested.email(), Locale.forLanguageTag(requested.languageTag()), "secondFactorCode",
				requested.code());
	}

}
