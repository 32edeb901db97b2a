package be.femmesetsante.sesu.account;

import java.util.List;

import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.support.TestMailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The rules around sign-in links that a browser test would take long to show. */
@IntegrationTest
class EmailLinkSignInTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void theTenthLinkRequestForOneAddressWithinTenMinutesGetsAFriendlyWaitPage() throws Exception {
		String email = "pressee@exemple-amo.be";
		for (int i = 1; i <= 9; i++) {
			MockHttpServletResponse response = askForLink(email, "10.1.0." + i);
			assertThat(response.getStatus()).as("request %d", i).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).endsWith("/login/link-sent");
		}
		MockHttpServletResponse tenth = askForLink(email, "10.1.0.10");
		assertThat(tenth.getStatus()).isEqualTo(429);
		assertThat(tenth.getContentAsString()).contains("Trop de demandes de lien").contains("réessayez dans 10 minute");
		assertThat(TestMailbox.awaitMail(email, 9)).isNotNull();
		assertThat(TestMailbox.mailsTo(email)).hasSize(9);
	}

	@Test
	void oneIpAddressCannotAskForLinksForManyAddresses() throws Exception {
		for (int i = 1; i <= 30; i++) {
			assertThat(askForLink("personne" + i + "@ip-exemple.be", "10.2.0.1").getStatus()).isEqualTo(302);
		}
		assertThat(askForLink("personne31@ip-exemple.be", "10.2.0.1").getStatus()).isEqualTo(429);
		assertThat(askForLink("personne31@ip-exemple.be", "10.2.0.2").getStatus()).as("another IP").isEqualTo(302);
	}

	@Test
	void theAnswerIsTheSameForKnownAndUnknownAddressesButStaffGetNoLink() throws Exception {
		PortalUser staff = accounts.createWithPassword("equipe.lien@femmesetsante-test.be", "Équipe", Role.STAFF,
				"un mot de passe assez long");
		MockHttpServletResponse forStaff = askForLink(staff.email(), "10.3.0.1");
		MockHttpServletResponse forUnknown = askForLink("inconnu@exemple-cpas.be", "10.3.0.2");
		assertThat(forStaff.getRedirectedUrl()).isEqualTo(forUnknown.getRedirectedUrl()).endsWith("/login/link-sent");

		TestMailbox.awaitMail("inconnu@exemple-cpas.be", 1);
		assertThat(TestMailbox.mailsTo(staff.email())).as("a link must never sign staff in").isEmpty();
	}

	@Test
	void aFormWithoutAnAddressIsExplainedOnTheSamePage() throws Exception {
		for (String typed : List.of("", "   ", "sans-arobase", "<script>alert(1)</script>", "a".repeat(400) + "@x.be")) {
			MockHttpServletResponse response = askForLink(typed, "10.4.0.1");
			assertThat(response.getStatus()).as(typed).isEqualTo(200);
			assertThat(response.getContentAsString()).contains("<title>Erreur\u00a0: Se connecter — Service support genre</title>")
				.contains("Indiquez une adresse e-mail valide")
				.doesNotContain("<script>alert(1)</script>");
		}
	}

	private MockHttpServletResponse askForLink(String email, String ip) throws Exception {
		MockHttpServletRequestBuilder request = post("/login/link").param("username", email).with(csrf());
		request.with(r -> {
			r.setRemoteAddr(ip);
			return r;
		});
		return mvc.perform(request).andReturn().getResponse();
	}

}
