package be.femmesetsante.sesu.account;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Passkeys (WebAuthn) for staff, partners and admins: Spring Security's relying party, its user
 * entities and credentials kept in PostgreSQL ({@code user_entities}, {@code user_credentials}) so
 * every node sees them. The web module's {@code webAuthn()} picks these beans up.
 * <p>
 * Settings: {@code sesu.webauthn.rp-id} (the site's host name, {@code localhost} in development) and
 * {@code sesu.webauthn.allowed-origins} (the addresses the portal is opened at, by default
 * {@code sesu.base-url}). With the rp id {@code localhost}, the port the server actually listens on
 * is allowed too, so {@code ./mvnw spring-boot:run} and the tests (random port) work as they are; a
 * real host name never gets that allowance.
 * <p>
 * A passkey replaces both factors, so the person must be verified on the device (user verification
 * is required at registration and at sign-in), and the key is a discoverable one (no address to type).
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc) {
		return new JdbcUserCredentialRepository(jdbc);
	}

	@Bean
	Webauthn4JRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository userEntities,
			UserCredentialRepository credentials, AllowedOrigins origins, @Value("${sesu.webauthn.rp-id}") String rpId,
			@Value("${sesu.webauthn.rp-name}") String rpName) {
		Webauthn4JRelyingPartyOperations relyingParty = new Webauthn4JRelyingPartyOperations(userEntities, credentials,
				PublicKeyCredentialRpEntity.builder().id(rpId).name(rpName).build(), origins.origins());
		relyingParty.setCustomizeCreationOptions(options -> options.authenticatorSelection(
				AuthenticatorSelectionCriteria.builder()
					.residentKey(ResidentKeyRequirement.REQUIRED)
					.userVerification(UserVerificationRequirement.REQUIRED)
					.build()));
		relyingParty.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
		return relyingParty;
	}

	@Bean
	AllowedOrigins passkeyOrigins(@Value("${sesu.webauthn.rp-id}") String rpId,
			@Value("${sesu.webauthn.allowed-origins}") String[] allowedOrigins) {
		return new AllowedOrigins(rpId, allowedOrigins);
	}

	/** The origins a passkey ceremony may come from; with the rp id localhost, the server's own port too. */
	static final class AllowedOrigins implements ApplicationListener<WebServerInitializedEvent> {

		private final Set<String> origins = new CopyOnWriteArraySet<>();

		private final boolean local;

		AllowedOrigins(String rpId, String[] configured) {
			this.local = "localhost".equalsIgnoreCase(rpId);
			Arrays.stream(configured).map(String::strip).filter(o -> !o.isEmpty()).map(AllowedOrigins::origin)
				.forEach(origins::add);
		}

		Set<String> origins() {
			return origins;
		}

		@Override
		public void onApplicationEvent(WebServerInitializedEvent event) {
			if (local && event.getWebServer().getPort() > 0) {
				origins.add("http://localhost:" + event.getWebServer().getPort());
			}
		}

		/** Scheme, host and port only: {@code https://sesu.example.org/} and its paths are one origin. */
		static String origin(String address) {
			URI uri = URI.create(address);
			String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT);
			return uri.getPort() > 0 ? origin + ":" + uri.getPort() : origin;
		}

	}

}
