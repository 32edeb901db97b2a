package be.femmesetsante.sesu.account;

/** Where an account stands, as the admins' list shows it. */
public enum AccountStatus {
	/** Signs in. */
	ACTIVE,
	/** Invited, the password not set yet, the link still valid. */
	INVITED,
	/** Invited, the link expired before the password was set: invite again. */
	INVITATION_EXPIRED,
	/** A professional asked to delete their account; done when their last request ends. */
	DELETION_REQUESTED,
	/** Cannot sign in; its sessions were ended. */
	DISABLED
}
