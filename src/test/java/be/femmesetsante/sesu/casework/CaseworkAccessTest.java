package be.femmesetsante.sesu.casework;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.casework.CaseworkFixture.World;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.support.IntegrationTest;

import static be.femmesetsante.sesu.support.SignedIn.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The casework routes with real Brussels and Wallonia requests, for every persona (the access matrix uses a missing one). */
@IntegrationTest
class CaseworkAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Test
	void staffReadAndActPartnersReadBrusselsOnlyOthersAreRefused() throws Exception {
		World w = CaseworkFixture.create(accounts, organisations);
		String brussels = CaseworkFixture.submit(requests, w.brusselsPro(), "Accès " + w.tag(), "Texte",
				SupportKind.OTHER);
		String wallonia = CaseworkFixture.submit(requests, w.walloniaPro(), "Accès " + w.tag(), "Texte",
				SupportKind.OTHER);
		// Not stored: an admin account in the shared database would spoil the first-run set-up test.
		PortalUser admin = new PortalUser(-5L, "admin@example.org", "Ada", Role.ADMIN, null, null, true);

		for (String reference : List.of(brussels, wallonia)) {
			String page = "/casework/requests/" + reference;
			assertThat(status(get(page), w.staff())).isEqualTo(200);
			assertThat(status(get(page), w.partner())).isEqualTo(reference.equals(brussels) ? 200 : 404);
			assertThat(status(get(page), w.brusselsPro())).isEqualTo(403);
			assertThat(status(get(page), admin)).isEqualTo(403);
			assertThat(status(get(page), null)).isEqualTo(302);
			for (String action : List.of("lead", "accept", "start", "decline", "redirect", "close")) {
				MockHttpServletRequestBuilder move = post(page + "/" + action).param("version", "0");
				// Staff reach the move: refused by the domain (422) or done (302), never by security.
				assertThat(status(move, w.staff())).as(action).isIn(302, 422);
				assertThat(status(post(page + "/" + action).param("version", "0"), w.partner())).isEqualTo(403);
				assertThat(status(post(page + "/" + action).param("version", "0"), w.brusselsPro())).isEqualTo(403);
				assertThat(status(post(page + "/" + action).param("version", "0"), admin)).isEqualTo(403);
			}
		}
		assertThat(status(get("/casework/inbox"), w.staff())).isEqualTo(200);
		assertThat(status(get("/casework/inbox"), w.partner())).isEqualTo(200);
		assertThat(status(get("/casework/inbox"), w.walloniaPro())).isEqualTo(403);
	}

	private int status(MockHttpServletRequestBuilder request, PortalUser who) throws Exception {
		request.with(csrf());
		if (who != null) {
			request.with(signedIn(who));
		}
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}
}
