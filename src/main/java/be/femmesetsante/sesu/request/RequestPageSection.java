package be.femmesetsante.sesu.request;

import java.util.Set;

import org.springframework.ui.Model;

import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Audience;

/**
 * A part of a request's page that another module fills in — the messages and documents, the
 * sessions, workshop and follow-ups — so the request module shows them without depending on those
 * modules. Each section declares which {@link Audience audiences} see it at all; the page calls only
 * those, in {@link org.springframework.core.annotation.Order} order, after the actor's access to the
 * request has been checked. What part of it each audience sees is the section's to decide, by asking
 * the audience (never the role).
 */
public interface RequestPageSection {

	/** The Thymeleaf fragment to insert, e.g. {@code "messaging/thread :: thread"}. */
	String fragment();

	/** Who sees this section; the others never reach {@link #addTo}. */
	Set<Audience> audiences();

	/** Adds what the fragment needs to the model. Reads must stay in the actor's scope. */
	void addTo(Model model, Actor actor, SupportRequestView request);

	/** The fragments of the sections this actor sees, their models filled in, in order. */
	static java.util.List<String> fill(org.springframework.beans.factory.ObjectProvider<RequestPageSection> sections,
			Model model, Actor actor, SupportRequestView request) {
		java.util.List<String> fragments = new java.util.ArrayList<>();
		sections.orderedStream().filter(s -> s.audiences().contains(actor.audience())).forEach(section -> {
			section.addTo(model, actor, request);
			fragments.add(section.fragment());
		});
		return fragments;
	}

}
