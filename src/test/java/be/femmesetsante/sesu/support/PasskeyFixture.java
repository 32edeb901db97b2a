package be.femmesetsante.sesu.support;

import java.util.Set;

import be.femmesetsante.sesu.account.PortalUser;

import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * A passkey row for a real account, stored through Spring Security's own JDBC repositories, as its
 * registration would store it (a public key no device holds: for listing, removing and access
 * checks; signing in with a real key is the browser test's, with Chromium's virtual authenticator).
 */
public final class PasskeyFixture {

	private PasskeyFixture() {
	}

	/** Stores a passkey for this account; returns its credential id (base64url), as pages and URLs show it. */
	public static String register(PublicKeyCredentialUserEntityRepository userEntities,
			UserCredentialRepository credentials, PortalUser owner, String label) {
		PublicKeyCredentialUserEntity userEntity = userEntities.findByUsername(owner.email());
		if (userEntity == null) {
			userEntity = ImmutablePublicKeyCredentialUserEntity.builder()
				.id(Bytes.random())
				.name(owner.email())
				.displayName(owner.email())
				.build();
			userEntities.save(userEntity);
		}
		Bytes id = Bytes.random();
		credentials.save(ImmutableCredentialRecord.builder()
			.credentialId(id)
			.userEntityUserId(userEntity.getId())
			.publicKey(new ImmutablePublicKeyCose(Bytes.random().getBytes()))
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.signatureCount(0)
			.uvInitialized(true)
			.transports(Set.of(AuthenticatorTransport.INTERNAL))
			.backupEligible(false)
			.backupState(false)
			.attestationObject(Bytes.random())
			.label(label)
			.build());
		return id.toBase64UrlString();
	}

}
