package be.femmesetsante.sesu.request;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.femmesetsante.sesu.shared.Brussels;
import be.femmesetsante.sesu.shared.FormText;

/**
 * The versions of the privacy notice (table {@code privacy_notice}, V25): the current one is shown
 * on {@code /privacy} and on the request form, and a request stores its identifier. Publishing adds
 * a version; a published one never changes.
 */
@Service
public class PrivacyNotices {

	public static final int TEXT_MAX = 20_000;

	private final JdbcClient jdbc;
	private final Clock clock;

	PrivacyNotices(JdbcClient jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** The version in force: the last one published. */
	public PrivacyNotice current() {
		return jdbc.sql(SELECT + " order by number desc limit 1").query(PrivacyNotices::row).single();
	}

	public Optional<PrivacyNotice> find(String version) {
		return jdbc.sql(SELECT + " where version = :version").param("version", version)
			.query(PrivacyNotices::row).optional();
	}

	/** Every version, the newest first. */
	public List<PrivacyNotice> all() {
		return jdbc.sql(SELECT + " order by number desc").query(PrivacyNotices::row).list();
	}

	/**
	 * Publishes a new version, written from the version {@code basedOn} (the number the admin's page
	 * showed as current): when someone published meanwhile, nothing is published.
	 *
	 * @return the new version
	 * @throws PrivacyNoticeException when a text is blank or too long, or another version was published since
	 */
	@Transactional
	public PrivacyNotice publish(long accountId, int basedOn, String textFr, String textEn) {
		String fr = text(textFr, "textFr");
		String en = text(textEn, "textEn");
		int number = current().number() + 1;
		if (number != basedOn + 1) {
			throw new PrivacyNoticeException(PrivacyNoticeException.PUBLISHED_MEANWHILE, null);
		}
		String version = YearMonth.from(Brussels.today(clock)) + "-v" + number;
		try {
			jdbc.sql("insert into privacy_notice (version, number, text_fr, text_en, published_at, published_by)"
					+ " values (:version, :number, :fr, :en, :at, :by)")
				.param("version", version)
				.param("number", number)
				.param("fr", fr)
				.param("en", en)
				.param("at", java.sql.Timestamp.from(clock.instant()))
				.param("by", accountId)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new PrivacyNoticeException(PrivacyNoticeException.PUBLISHED_MEANWHILE, null);
		}
		return find(version).orElseThrow();
	}

	private static String text(String typed, String field) {
		String text = typed == null ? null : FormText.clean(typed).strip();
		if (text == null || text.isEmpty()) {
			throw new PrivacyNoticeException(PrivacyNoticeException.TEXT_REQUIRED, field);
		}
		if (text.length() > TEXT_MAX) {
			throw new PrivacyNoticeException(PrivacyNoticeException.TEXT_TOO_LONG, field, TEXT_MAX);
		}
		return text;
	}

	private static final String SELECT = "select version, number, text_fr, text_en, published_at from privacy_notice";

	private static PrivacyNotice row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new PrivacyNotice(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
				rs.getTimestamp(5).toInstant());
	}
}
