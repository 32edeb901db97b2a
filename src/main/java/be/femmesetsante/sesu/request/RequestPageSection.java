package be.femmesetsante.sesu.request;

import org.springframework.ui.Model;

/**
 * A part of a request's page that another module fills in — the messages and documents, later the
 * sessions, workshop and follow-ups — so the request module shows them without depending on those
 * modules. The page calls every section bean, in {@link org.springframework.core.annotation.Order}
 * order, only after the actor's access to the request has been checked.
 */
public interface RequestPageSection {

	/** The Thymeleaf fragment to insert, e.g. {@code "messaging/thread :: thread"}. */
	String fragment();

	/** Adds what the fragment needs to the model. Reads must stay in the actor's scope. */
	void addTo(Model model, Actor actor, SupportRequestView request);

}
