package be.femmesetsante.sesu.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.AbstractMessageSource;

/**
 * The labels of reference entries as messages: {@code sector.MAISON_MEDICALE},
 * {@code request.kind.TOOL_REVIEW}... resolve to the French or English label stored in the list's
 * table. It sits behind the bundles (as their parent message source), so every template, mail or
 * refusal that asks for such a key gets the admin's label, and a key the bundles do define still
 * wins. The lists are looked up lazily: the message source is created before other beans.
 */
public class ReferenceLabels extends AbstractMessageSource {

	private final ObjectProvider<ReferenceList> provider;

	/** The lists, looked up once on first use (not while the context starts). */
	private volatile List<ReferenceList> lists;

	ReferenceLabels(ObjectProvider<ReferenceList> provider) {
		this.provider = provider;
	}

	@Override
	protected String resolveCodeWithoutArguments(String code, Locale locale) {
		return find(code, locale).orElse(null);
	}

	@Override
	protected MessageFormat resolveCode(String code, Locale locale) {
		return find(code, locale).map(label -> createMessageFormat("'" + label.replace("'", "''") + "'", locale)).orElse(null);
	}

	private Optional<String> find(String code, Locale locale) {
		List<ReferenceList> known = lists;
		if (known == null) {
			known = provider.orderedStream().toList();
			lists = known;
		}
		for (ReferenceList list : known) {
			if (code.startsWith(list.messagePrefix())) {
				Optional<String> label = list.label(code.substring(list.messagePrefix().length()), locale);
				if (label.isPresent()) {
					return label;
				}
			}
		}
		return Optional.empty();
	}
}
