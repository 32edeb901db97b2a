package be.femmesetsante.sesu.notification;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.casework.followup.DailyDigestDue;

/** The staff's daily digest: how many actions are overdue or due today, on which requests, and a link. */
@Component
class DigestMail {

	private final Mailer mailer;

	private final Accounts accounts;

	private final String baseUrl;

	DigestMail(Mailer mailer, Accounts accounts, @Value("${sesu.base-url}") String baseUrl) {
		this.mailer = mailer;
		this.accounts = accounts;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(DailyDigestDue due) {
		// In the staff member's language, which the mailer decides.
		Mailer.InLanguage day = locale -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
			.format(due.day());
		accounts.findById(due.accountId())
			.ifPresent(staff -> mailer.send(staff.email(), RequestMail.REQUESTER_LOCALE, "dailyDigest",
					due.overdue(), due.dueToday(), String.join(", ", due.references()),
					baseUrl + "/casework/dashboard", day));
	}
}
