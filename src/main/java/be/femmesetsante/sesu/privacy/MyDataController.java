package be.femmesetsante.sesu.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import be.femmesetsante.sesu.shared.Brussels;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.shared.Actor;

/**
 * "Mes données": a page saying what the export holds, and its button. The download is a POST
 * (with the CSRF token), so no other site can make a browser fetch it.
 */
@Controller
class MyDataController {

	private final DataExport export;

	MyDataController(DataExport export) {
		this.export = export;
	}

	@GetMapping("/my-data")
	String page() {
		return "privacy/my-data";
	}

	@PostMapping("/my-data/export")
	void download(@AuthenticationPrincipal PortalUser me, HttpServletResponse response) throws IOException {
		String name = "sesu-mes-donnees-" + LocalDate.now(Brussels.ZONE) + ".zip";
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		export.write(Actor.of(me), response.getOutputStream());
	}
}
