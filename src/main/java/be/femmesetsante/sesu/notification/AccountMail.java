package be.femmesetsante.sesu.notification;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import be.femmesetsante.sesu.account.AccountDeleted;
import be.femmesetsante.sesu.account.InvitationIssued;
import be.femmesetsante.sesu.organisation.JoinRequestDecided;

/** Mails about a person's account: an invitation to the team, an ask to join decided, a deletion done. */
@Component
class AccountMail {

	private final Mailer mailer;

	private final String baseUrl;

	AccountMail(Mailer mailer, @Value("${sesu.base-url}") String baseUrl) {
		this.mailer = mailer;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(InvitationIssued invited) {
		mailer.toAccount(invited.accountId(), "invitation", invited.link(), String.valueOf(invited.validDays()),
				new DefaultMessageSourceResolvable("account.role." + invited.role().name()));
	}

	@ApplicationModuleListener
	void on(JoinRequestDecided decided) {
		mailer.toAccount(decided.accountId(), decided.confirmed() ? "joinConfirmed" : "joinRefused",
				decided.organisationName(), baseUrl + "/organisation");
	}

	/** The account holds no address any more: the event carries the former one and its language. */
	@ApplicationModuleListener
	void on(AccountDeleted deleted) {
		mailer.send(deleted.formerEmail(), Locale.forLanguageTag(deleted.languageTag()),
				deleted.afterLastRequest() ? "accountDeletedLater" : "accountDeleted");
	}

}
