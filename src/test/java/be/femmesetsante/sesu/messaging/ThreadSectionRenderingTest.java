package be.femmesetsante.sesu.messaging;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.springframework.web.servlet.support.RequestContext;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.messaging.MessagingFixture.World;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thread as the request's page shows it (the page itself belongs to the request module): the
 * section's fragment rendered by the portal's own template engine, in French and English.
 */
@IntegrationTest
class ThreadSectionRenderingTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	Conversations conversations;

	// The thread's own section: other modules add theirs to the request's page too.
	@Autowired
	ThreadSection section;

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	WebApplicationContext context;

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void messagesAreEscapedOldestFirstWithTheirSideAndTheFormsKeepTheTypedText() throws Exception {
		World world = MessagingFixture.create(accounts, organisations, requests);
		conversations.post(Actor.of(world.professionalA()), world.brusselsReference(), "<script>alert('x')</script>\nLigne 2");
		conversations.post(Actor.of(world.staff()), world.brusselsReference(), "Réponse de l’équipe");
		conversations.share(Actor.of(world.staff()), world.brusselsReference(), "Guide.pdf",
				new java.io.ByteArrayInputStream(MessagingFixture.pdf()));

		String french = render(world.professionalA(), world.brusselsReference(), Locale.forLanguageTag("fr-BE"),
				Map.of("messageBody", "Mon texte <gardé>", "messageError", "messaging.error.tooLong"));
		assertThat(french).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>")
			.contains("Votre organisation", "Équipe SESU", "Guide.pdf")
			.contains("Mon texte &lt;gardé&gt;</textarea>")
			.contains("Votre message dépasse 5 000 caractères")
			.contains("aria-invalid=\"true\"")
			.contains("action=\"/requests/" + world.brusselsReference() + "/messages\"")
			.contains("/requests/" + world.brusselsReference() + "/documents?_csrf=token-value")
			.contains("accept=\"" + DocumentTypes.ACCEPT + "\"");
		assertThat(french.indexOf("script&gt;")).isLessThan(french.indexOf("Réponse de l’équipe"));
		assertThat(french.indexOf("Réponse de l’équipe")).isLessThan(french.indexOf("Guide.pdf"));
		assertThat(french).containsPattern("<time datetime=\"20[0-9-]+T[0-9:.]+Z\">[0-9]{1,2} [a-zéû]+ 20[0-9]{2}");

		String english = render(world.partner(), world.brusselsReference(), Locale.ENGLISH, Map.of());
		assertThat(english).contains("Messages and documents", "Requesting organisation", "SESU team")
			.contains("You can read these exchanges, but not write in them.")
			.doesNotContain("<textarea").doesNotContain("type=\"file\"")
			// One date style per language: "27 November 2026, 18:34".
			.containsPattern("<time datetime=\"[^\"]+\">[0-9]{1,2} [A-Z][a-z]+ 20[0-9]{2}, [0-9]{2}:[0-9]{2}");
	}

	private String render(PortalUser who, String reference, Locale locale, Map<String, Object> flash) {
		LocaleContextHolder.setLocale(locale);
		Actor actor = Actor.of(who);
		SupportRequestView request = requests.findByReference(actor, reference).orElseThrow().request();
		ExtendedModelMap model = new ExtendedModelMap();
		model.addAllAttributes(flash);
		section.addTo(model, actor, request);
		assertThat(section.fragment()).isEqualTo("messaging/thread :: thread");

		ServletContext servletContext = context.getServletContext();
		MockHttpServletRequest http = new MockHttpServletRequest(servletContext, "GET", "/requests/" + reference);
		MockHttpServletResponse response = new MockHttpServletResponse();
		http.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
		http.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(locale));
		model.addAttribute("_csrf", new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-value"));
		RequestContext requestContext = new RequestContext(http, response, servletContext, model);
		model.addAttribute(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
		model.addAttribute(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
				new SpringWebMvcThymeleafRequestContext(requestContext, http));
		WebContext web = new WebContext(
				JakartaServletWebApplication.buildApplication(servletContext).buildExchange(http, response), locale,
				model);
		return templates.process("messaging/thread", Set.of("thread"), web);
	}
}
