package be.femmesetsante.sesu.demo;

import java.util.List;

import be.femmesetsante.sesu.demo.DemoCatalogue.DemoAccount;
import be.femmesetsante.sesu.demo.DemoCatalogue.DemoOrganisation;
import be.femmesetsante.sesu.demo.DemoCatalogue.DemoProfessional;

/**
 * What one seeding did, and the banner that tells a developer how to sign in.
 *
 * @param password the demo accounts' password, new at each start
 * @param accountsWithPassword the accounts that now have that password
 * @param organisationsCreated organisations (with their people and requests) created by this run
 * @param organisationsKept organisations found already, left as they were
 */
record DemoSeeding(String password, List<DemoAccount> accountsWithPassword, int organisationsCreated,
		int organisationsKept) {

	private static final String RULE = "=".repeat(80);

	/** Several lines, meant for one WARN log entry so it stands out and stays together. */
	String banner(String baseUrl) {
		StringBuilder text = new StringBuilder("\n").append(RULE).append('\n');
		text.append(" Demo data (profile \"demo\"): ").append(organisationsCreated).append(" organisation(s) created, ")
			.append(organisationsKept).append(" already there.\n");
		text.append(" Sign in at ").append(baseUrl).append("/login with this password, new at each start:\n");
		text.append("   ").append(password).append("\n\n");
		for (DemoAccount account : accountsWithPassword) {
			text.append(String.format("   %-8s %s (%s)%n", account.role(), account.email(), account.displayName()));
		}
		text.append("\n Professionals (no password: they will sign in by e-mailed link):\n");
		for (DemoOrganisation organisation : DemoCatalogue.ORGANISATIONS) {
			for (DemoProfessional professional : organisation.professionals()) {
				text.append(String.format("   %-32s %s%n", professional.email(), organisation.name()));
			}
		}
		return text.append(RULE).toString();
	}

	@Override
	public String toString() {
		// Never print the password by accident: only the banner shows it, on purpose.
		return "DemoSeeding[created=" + organisationsCreated + ", kept=" + organisationsKept + "]";
	}

}
