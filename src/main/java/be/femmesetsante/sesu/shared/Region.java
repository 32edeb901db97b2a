package be.femmesetsante.sesu.shared;

/**
 * The two regions the service runs in; each has its own funder and decides who may see a case.
 */
public enum Region {
	/** Brussels-Capital: funded by COCOF, run with the OSS (ULB), so partners see these cases. */
	BRUSSELS,
	/** Wallonia: funded by AVIQ, run by Femmes et Santé alone. */
	WALLONIA;

	public String messageKey() {
		return "region." + name();
	}
}
