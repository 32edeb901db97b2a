package be.femmesetsante.sesu.account;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * One visitor of the portal through MockMvc: keeps the cookies (the Spring Session JDBC session) from
 * one request to the next, like a browser, so a sign-in can be followed step by step.
 */
final class SignInSession {

	private final MockMvc mvc;

	private final String ip;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	SignInSession(MockMvc mvc, String ip) {
		this.mvc = mvc;
		this.ip = ip;
	}

	MockHttpServletResponse get(String url) throws Exception {
		return perform(request(HttpMethod.GET, url));
	}

	MockHttpServletResponse post(String url, String... parameters) throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.POST, url).with(csrf());
		for (int i = 0; i + 1 < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return perform(request);
	}

	/** A cookie this browser holds from now on (e.g. one it was never given). */
	void setCookie(String name, String value) {
		cookies.put(name, new Cookie(name, value));
	}

	MockHttpServletResponse signInWithPassword(String email, String password) throws Exception {
		return post("/login", "email", email, "password", password);
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		request.with(r -> {
			r.setRemoteAddr(ip);
			return r;
		});
		if (!cookies.isEmpty()) {
			request.cookie(cookies.values().toArray(Cookie[]::new));
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		for (Cookie cookie : response.getCookies()) {
			if (cookie.getMaxAge() == 0) {
				cookies.remove(cookie.getName());
			}
			else {
				cookies.put(cookie.getName(), cookie);
			}
		}
		return response;
	}

}
