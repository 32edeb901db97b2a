package be.femmesetsante.sesu.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.femmesetsante.sesu.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 13 narrowed the static path to {@code /css/**} (every other link skips the resource chain);
 * the stylesheet must still be addressed by its content hash, so a new version is fetched at once,
 * and served from that address with a year's cache.
 */
@IntegrationTest
class StylesheetLinkTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theStylesheetIsLinkedByItsContentHashAndServedThere() throws Exception {
		String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		Matcher link = Pattern.compile("href=\"(/css/portal-[0-9a-f]{32}\\.css)\"").matcher(home);
		assertThat(link.find()).as("hashed stylesheet link in %s", home).isTrue();
		var css = mvc.perform(get(link.group(1))).andReturn().getResponse();
		assertThat(css.getStatus()).isEqualTo(200);
		assertThat(css.getContentType()).startsWith("text/css");
		assertThat(css.getHeader("Cache-Control")).contains("max-age=31536000");
		// Other links are written as they are, not looked up as files.
		assertThat(home).contains("href=\"/privacy\"");
	}
}
