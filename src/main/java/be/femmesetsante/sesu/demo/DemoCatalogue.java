package be.femmesetsante.sesu.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.organisation.EnterpriseNumber;
import be.femmesetsante.sesu.organisation.NewOrganisation;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.request.PreferredFormat;
import be.femmesetsante.sesu.request.PrivacyNotice;
import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.request.SubmitRequest;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.WorkKind;

/**
 * What the demo shows: the team, an OSS partner, and organisations of both regions whose requests
 * together stand in every status. The organisations and people are made up; the places, services
 * and ways of working are those the team meets.
 */
final class DemoCatalogue {

	/** The version of the privacy notice the demo requests say they accepted. */
	/** A redirect service of the demo, retired from the list once a request was redirected to it. */
	static final String RETIRED_REDIRECT_CODE = "ESPACE_JEUNES_HORIZON";

	static final String RETIRED_REDIRECT_FR = "Espace Jeunes Horizon (Liège) – service fermé en 2026";

	static final String RETIRED_REDIRECT_EN = "Espace Jeunes Horizon (Liège) – service closed in 2026";

	static final String PRIVACY_NOTICE_VERSION = PrivacyNotice.VERSION;

	static final DemoAccount ADMIN = new DemoAccount("admin@demo.sesu.be", "Alex Martin", Role.ADMIN);

	/** The first staff member makes the team's moves when no lead is named yet. */
	static final List<DemoAccount> STAFF = List.of(
			new DemoAccount("camille@demo.sesu.be", "Camille Leroy", Role.STAFF),
			new DemoAccount("yasmine@demo.sesu.be", "Yasmine Haddad", Role.STAFF));

	static final DemoAccount PARTNER = new DemoAccount("partenaire.oss@demo.sesu.be", "Noor Janssens", Role.PARTNER);

	/** A person with a password: staff, partner or admin. */
	record DemoAccount(String email, String displayName, Role role) {
	}

	/** A requester of an organisation; no password, they will sign in by e-mailed link. */
	record DemoProfessional(String email, String displayName, String pronouns) {
	}

	/**
	 * Where a request should stand once seeded, and the words of its last move.
	 *
	 * @param leadIndex which staff member takes the lead, in {@link #STAFF}
	 */
	record Outcome(RequestStatus status, WorkKind workKind, int leadIndex, String text, String targetCode) {

		Outcome(RequestStatus status, WorkKind workKind, int leadIndex, String text) {
			this(status, workKind, leadIndex, text, null);
		}

		/** Redirected to a service of the list, by its code. */
		static Outcome redirectedToListed(int leadIndex, String targetCode) {
			return new Outcome(RequestStatus.REDIRECTED, null, leadIndex, null, targetCode);
		}

		static Outcome untouched() {
			return new Outcome(RequestStatus.NEW, null, 0, null);
		}

		static Outcome inReview(int leadIndex) {
			return new Outcome(RequestStatus.IN_REVIEW, null, leadIndex, null);
		}

		static Outcome accepted(WorkKind kind, int leadIndex) {
			return new Outcome(RequestStatus.ACCEPTED, kind, leadIndex, null);
		}

		static Outcome inProgress(WorkKind kind, int leadIndex) {
			return new Outcome(RequestStatus.IN_PROGRESS, kind, leadIndex, null);
		}

		static Outcome closed(WorkKind kind, int leadIndex, String summary) {
			return new Outcome(RequestStatus.CLOSED, kind, leadIndex, summary);
		}

		static Outcome declined(int leadIndex, String reason) {
			return new Outcome(RequestStatus.DECLINED, null, leadIndex, reason);
		}

		static Outcome redirected(int leadIndex, String target) {
			return new Outcome(RequestStatus.REDIRECTED, null, leadIndex, target);
		}

		/** Withdrawn by the requester while a lead was reading it. */
		static Outcome withdrawn(int leadIndex, String reason) {
			return new Outcome(RequestStatus.WITHDRAWN, null, leadIndex, reason);
		}
	}

	/** A request, submitted by the organisation's professional at {@code requesterIndex}. */
	record DemoRequest(int requesterIndex, SubmitRequest details, Outcome outcome) {
	}

	record DemoOrganisation(NewOrganisation details, List<DemoProfessional> professionals, List<DemoRequest> requests) {

		String name() {
			return details.name();
		}
	}

	/** The demo workshop: it gathers the accepted workshop requests of two organisations. */
	/**
	 * A request closed long ago: the seeder dates its end 25 months back, so retention's preview lists
	 * it and tonight's run (or "Anonymiser maintenant") anonymises it.
	 */
	static final String LONG_AGO_TITLE = "Relecture de notre brochure « Premières règles »";

	static final String WORKSHOP_THEME = "Genre et accueil des violences : atelier inter-services";

	static final List<DemoOrganisation> ORGANISATIONS = List.of(
			new DemoOrganisation(
					new NewOrganisation("Maison médicale des Tilleuls", Sector.MAISON_MEDICALE, null,
							"Rue Josaphat 112", "1030", "Schaerbeek", enterpriseNumber(8_543_216L), null, "Awa Diallo", "elle"),
					List.of(new DemoProfessional("awa.diallo@demo.sesu.be", "Awa Diallo", "elle"),
							new DemoProfessional("lou.vandenberghe@demo.sesu.be", "Lou Vandenberghe", "iel")),
					List.of(
							new DemoRequest(0, request(
									"Nos consultations de contraception au prisme du genre",
									"Notre équipe pluridisciplinaire (médecins, infirmier·es, accueil) constate que la contraception "
											+ "reste presque toujours « l'affaire des femmes ». Nous voudrions revoir nos consultations "
											+ "et nos supports pour mieux inclure les partenaires et les personnes trans.",
									"Patient·es de 15 à 45 ans du quartier, dont beaucoup de familles primo-arrivantes.",
									List.of("jeunes", "personnes migrantes", "personnes trans"),
									Set.of(SupportKind.PROJECT_SUPPORT, SupportKind.TOOL_REVIEW),
									"Janvier à mars", PreferredFormat.TEAM, 9, "Par la Fédération des maisons médicales"),
									Outcome.closed(WorkKind.CONSULTATION, 0,
											"Trois séances avec l'équipe ; le guide d'entretien et l'affiche de la salle d'attente "
													+ "ont été revus. L'équipe propose désormais la consultation aux partenaires.")),
							new DemoRequest(1, request(
									LONG_AGO_TITLE,
									"Notre brochure sur les premières règles date de 2015 ; nous voudrions la relire avec vous "
											+ "pour qu'elle parle aussi aux garçons trans et aux parents.",
									"Élèves de fin de primaire et leurs parents.",
									List.of("jeunes"),
									Set.of(SupportKind.TOOL_REVIEW),
									"Pour la rentrée", PreferredFormat.INDIVIDUAL, 2, null),
									Outcome.closed(WorkKind.CONSULTATION, 1,
											"Brochure relue en deux séances ; la nouvelle version a été imprimée.")),
							new DemoRequest(1, request(
									"Atelier d'équipe : accueillir les personnes trans et non binaires",
									"Plusieurs patient·es nous ont dit s'être senti·es mal accueilli·es au guichet (prénom d'usage, "
											+ "questions intrusives). Nous souhaitons un atelier pour toute l'équipe d'accueil.",
									"L'équipe d'accueil et les soignant·es.",
									List.of("personnes trans", "LGBTQIA+"),
									Set.of(SupportKind.TEAM_TRAINING),
									"Avant l'été", PreferredFormat.WORKSHOP, 14, null),
									Outcome.untouched()))),
			new DemoOrganisation(
					new NewOrganisation("Centre de planning familial Aurore", Sector.PLANNING_FAMILIAL, null,
							"Rue Haute 45", "1000", "Bruxelles", null, null, "Mehdi El Amrani", "il"),
					List.of(new DemoProfessional("mehdi.elamrani@demo.sesu.be", "Mehdi El Amrani", "il"),
							new DemoProfessional("sofia.ricci@demo.sesu.be", "Sofia Ricci", null)),
					List.of(
							new DemoRequest(0, request(
									"Animations EVRAS en secondaire : déconstruire les stéréotypes",
									"Nous animons l'EVRAS dans une dizaine d'écoles. Nous voudrions un regard extérieur sur nos "
											+ "animations, pour qu'elles ne renforcent pas sans le vouloir les stéréotypes de genre.",
									"Élèves de 12 à 18 ans, enseignement général et professionnel.",
									List.of("jeunes", "milieu scolaire"),
									Set.of(SupportKind.TOOL_REVIEW, SupportKind.EVALUATION),
									"Année scolaire en cours", PreferredFormat.NO_PREFERENCE, 4, "Un collègue de l'OSS"),
									Outcome.inReview(1)),
							new DemoRequest(1, request(
									"Sensibiliser l'accueil aux violences de genre",
									"Nos accueillant·es reçoivent de plus en plus de personnes qui évoquent des violences dans "
											+ "le couple. Nous aimerions une séance collective, ouverte aussi aux planning voisins.",
									"Accueillant·es et psychologues de plusieurs centres de planning.",
									List.of("victimes de violences"),
									Set.of(SupportKind.TEAM_TRAINING, SupportKind.DOCUMENTATION),
									"Automne", PreferredFormat.WORKSHOP, 20, null),
									Outcome.accepted(WorkKind.WORKSHOP, 0)),
							new DemoRequest(0, request(
									"Relecture de notre brochure sur la contraception d'urgence",
									"Nous rééditons notre brochure et voudrions vérifier que le texte et les illustrations "
											+ "parlent à toutes les personnes concernées.",
									null,
									List.of(),
									Set.of(SupportKind.TOOL_REVIEW),
									null, PreferredFormat.INDIVIDUAL, null, null),
									Outcome.withdrawn(1, "Notre fédération a finalement pris la relecture en charge.")))),
			new DemoOrganisation(
					new NewOrganisation("CPAS de Namur", Sector.CPAS_POUVOIR_LOCAL, null,
							"Rue de Fer 40", "5000", "Namur", null, null, "Nathalie Lambert", "elle"),
					List.of(new DemoProfessional("nathalie.lambert@demo.sesu.be", "Nathalie Lambert", "elle"),
							new DemoProfessional("kevin.dubois@demo.sesu.be", "Kevin Dubois", "il")),
					List.of(
							new DemoRequest(0, request(
									"Le genre dans l'accompagnement des familles monoparentales",
									"Notre service d'insertion suit surtout des mères seules. Nous voudrions interroger nos "
											+ "pratiques : qui convoque-t-on, qui garde les enfants pendant les rendez-vous, "
											+ "quelle place pour les pères ?",
									"Familles monoparentales bénéficiaires du revenu d'intégration.",
									List.of("mères isolées", "précarité"),
									Set.of(SupportKind.PROJECT_SUPPORT),
									"Dès que possible", PreferredFormat.TEAM, 6, "Site de l'AVIQ"),
									Outcome.accepted(WorkKind.CONSULTATION, 1)),
							new DemoRequest(1, request(
									"Formation certifiante en sexologie pour l'équipe",
									"Nous cherchons une formation longue et certifiante en sexologie pour deux assistant·es "
											+ "sociaux·ales.",
									null,
									List.of(),
									Set.of(SupportKind.OTHER),
									"Rentrée de septembre", PreferredFormat.INDIVIDUAL, 2, null),
									Outcome.declined(1,
											"Le service ne propose pas de formation certifiante. Nous vous avons envoyé la liste des "
													+ "formations continues en santé sexuelle en Wallonie.")),
							new DemoRequest(0, request(
									"Atelier : le genre dans l'accompagnement social",
									"Nos assistant·es sociaux·ales voudraient réfléchir ensemble, avec d'autres services, à la "
											+ "façon dont le genre pèse sur les demandes d'aide et sur nos réponses.",
									"Assistant·es sociaux·ales et médiateur·ices du CPAS.",
									List.of("personnes en précarité", "familles monoparentales"),
									Set.of(SupportKind.TEAM_TRAINING),
									"Printemps", PreferredFormat.WORKSHOP, 8, null),
									Outcome.accepted(WorkKind.WORKSHOP, 1)))),
			new DemoOrganisation(
					new NewOrganisation("Service de santé mentale de la Sauvenière", Sector.SANTE_MENTALE, null,
							"Boulevard de la Sauvenière 88", "4000", "Liège", null, null, "Sam Lejeune", "iel"),
					List.of(new DemoProfessional("sam.lejeune@demo.sesu.be", "Sam Lejeune", "iel"),
							new DemoProfessional("ines.benali@demo.sesu.be", "Inès Benali", "elle")),
					List.of(
							new DemoRequest(0, request(
									"Évaluer notre groupe de parole pour hommes auteurs de violences",
									"Notre groupe existe depuis trois ans. Nous voulons évaluer ce qu'il change, avec des "
											+ "critères qui tiennent compte des rapports de genre.",
									"Hommes orientés par la justice ou venus d'eux-mêmes.",
									List.of("auteurs de violences"),
									Set.of(SupportKind.EVALUATION),
									"Premier semestre", PreferredFormat.TEAM, 5, null),
									Outcome.inProgress(WorkKind.CONSULTATION, 0)),
							new DemoRequest(1, request(
									"Accompagnement juridique d'une patiente victime de violences",
									"Une patiente victime de violences conjugales souhaite porter plainte ; nous cherchons "
											+ "qui peut l'accompagner dans ses démarches.",
									null,
									List.of("victimes de violences"),
									Set.of(SupportKind.OTHER),
									"Urgent", PreferredFormat.INDIVIDUAL, null, null),
									Outcome.redirected(0,
											"Service d'aide aux victimes de Liège, et la ligne Écoute violences conjugales (0800 30 030)")),
							// Redirected to a service the team has since retired from the list: the
							// request still shows it (a retired reference entry, issue 9).
							new DemoRequest(1, request(
									"Groupe de parole pour jeunes LGBTQIA+",
									"Des jeunes que nous suivons cherchent un groupe de parole entre pairs, en dehors "
											+ "de nos consultations.",
									"Jeunes de 16 à 25 ans.",
									List.of("jeunes"),
									Set.of(SupportKind.OTHER),
									"Dès que possible", PreferredFormat.NO_PREFERENCE, null, null),
									Outcome.redirectedToListed(0, RETIRED_REDIRECT_CODE)))),
			new DemoOrganisation(
					new NewOrganisation("Jugendtreff Gesundheit Eupen", Sector.PROMOTION_SANTE, null,
							"Gospertstraße 12", "4700", "Eupen", null, null, "Jonas Schmitz", "il"),
					List.of(new DemoProfessional("jonas.schmitz@demo.sesu.be", "Jonas Schmitz", "il")),
					List.of(
							new DemoRequest(0, request(
									"Sensibiliser nos animateur·ices jeunesse au genre",
									"Nous travaillons en allemand et en français avec des jeunes de 12 à 20 ans. Nous "
											+ "aimerions des outils pour aborder les stéréotypes de genre dans nos activités.",
									"Animateur·ices et jeunes de la Communauté germanophone.",
									List.of("jeunes"),
									Set.of(SupportKind.DOCUMENTATION, SupportKind.TEAM_TRAINING),
									"Vacances d'automne", PreferredFormat.WORKSHOP, 8, "Par un partenaire liégeois"),
									Outcome.untouched()))));

	private DemoCatalogue() {
	}

	/** Everyone who signs in with the demo password; the admin only when asked for. */
	static List<DemoAccount> accountsWithPassword(boolean withAdmin) {
		List<DemoAccount> people = new ArrayList<>();
		if (withAdmin) {
			people.add(ADMIN);
		}
		people.addAll(STAFF);
		people.add(PARTNER);
		return List.copyOf(people);
	}

	/** A made-up but valid enterprise number: the check digits are computed, not typed. */
	private static EnterpriseNumber enterpriseNumber(long firstEight) {
		return new EnterpriseNumber(String.format("%08d%02d", firstEight, EnterpriseNumber.checkDigitsFor(firstEight)));
	}

	private static SubmitRequest request(String title, String description, String audience, List<String> tags,
			Set<SupportKind> kinds, String desiredPeriod, PreferredFormat format, Integer teamSize, String heardOfUs) {
		return new SubmitRequest(title, description, audience, tags, kinds, desiredPeriod, format, teamSize, heardOfUs,
				PRIVACY_NOTICE_VERSION);
	}

}
