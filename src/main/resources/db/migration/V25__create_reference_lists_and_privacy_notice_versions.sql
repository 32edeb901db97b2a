-- module: organisation
-- Reference lists an admin edits without a deploy (issue 9): each entry has a stable code (the codes
-- rows already store, so no row changes and reports keep grouping by code), a French and an English
-- label, a position, and whether forms still offer it (a retired entry stays on what uses it).
-- Each list belongs to the module that stores its codes. The check constraints that listed the
-- codes give way to the tables (a foreign key where the column is a plain code).

create table sector_entry (
    code     varchar(30)  primary key check (code ~ '^[A-Z][A-Z0-9_]{0,29}$'),
    label_fr varchar(300) not null check (btrim(label_fr) <> ''),
    label_en varchar(300) not null check (btrim(label_en) <> ''),
    position int          not null default 0,
    offered  boolean      not null default true,
    version  bigint       not null default 0
);
insert into sector_entry (code, label_fr, label_en, position) values
    ('MAISON_MEDICALE', 'Maison médicale / centre de santé', 'Integrated health centre (maison médicale)', 10),
    ('PLANNING_FAMILIAL', 'Centre de planning familial', 'Family planning centre', 20),
    ('SANTE_MENTALE', 'Service de santé mentale', 'Mental-health service', 30),
    ('PSE_PMS', 'Service PSE / PMS (santé à l’école)', 'School health service (PSE / PMS)', 40),
    ('HOPITAL', 'Hôpital', 'Hospital', 50),
    ('CPAS_POUVOIR_LOCAL', 'CPAS / pouvoir local', 'CPAS / local authority', 60),
    ('PROMOTION_SANTE', 'Association de promotion de la santé', 'Health promotion association', 70),
    ('AIDE_VICTIMES', 'Service d’aide aux victimes', 'Victim support service', 80),
    ('MAISON_ACCUEIL', 'Maison d’accueil', 'Shelter (maison d’accueil)', 90),
    ('EDUCATION_PERMANENTE', 'Éducation permanente / insertion', 'Adult education / social integration', 100),
    ('ADMINISTRATION', 'Administration', 'Public administration', 110),
    ('OTHER', 'Autre (précisez)', 'Other (please specify)', 120);
alter table organisation drop constraint organisation_sector_check;
alter table organisation add constraint organisation_sector_fk foreign key (sector) references sector_entry (code);

-- module: request
create table support_kind_entry (
    code     varchar(30)  primary key check (code ~ '^[A-Z][A-Z0-9_]{0,29}$'),
    label_fr varchar(300) not null check (btrim(label_fr) <> ''),
    label_en varchar(300) not null check (btrim(label_en) <> ''),
    position int          not null default 0,
    offered  boolean      not null default true,
    version  bigint       not null default 0
);
insert into support_kind_entry (code, label_fr, label_en, position) values
    ('PROJECT_SUPPORT', 'Accompagnement d’un projet ou d’une action', 'Support for a project or action', 10),
    ('TOOL_REVIEW', 'Relecture d’outils ou de supports de communication', 'Review of tools or communication material', 20),
    ('TEAM_TRAINING', 'Sensibilisation ou formation d’équipe', 'Team awareness or training', 30),
    ('EVALUATION', 'Soutien à l’évaluation', 'Support for evaluation', 40),
    ('DOCUMENTATION', 'Documentation et ressources', 'Documentation and resources', 50),
    ('OTHER', 'Autre', 'Other', 60);
-- Kinds are an array: no foreign key; the application accepts only offered codes.
alter table support_request drop constraint support_request_kinds_check;
alter table support_request add constraint support_request_kinds_ck check (cardinality(kinds) > 0);

-- The service a request was redirected to, by code (null for "another service" typed by hand); the
-- label shown is the list's, in the reader's language. redirect_target keeps the text given then.
alter table support_request add column redirect_target_code varchar(30);

-- The privacy notice, versioned: a new version is published, a published one is never edited.
-- A request keeps the version (its identifier) its sender read. The text is plain: paragraphs
-- separated by a blank line, "## " starts a heading, "{contact}" is the team's address.
create table privacy_notice (
    version      varchar(40)  primary key,
    number       int          not null unique check (number > 0),
    text_fr      text         not null check (btrim(text_fr) <> ''),
    text_en      text         not null check (btrim(text_en) <> ''),
    published_at timestamp with time zone not null,
    published_by bigint
);
insert into privacy_notice (version, number, text_fr, text_en, published_at) values
    ('2026-11-v1', 1,
'Les demandes que vous nous confiez peuvent toucher à la santé, à la sexualité ou à l’identité de genre. Nous les traitons avec soin et ne recueillons que ce dont l’accompagnement a besoin.

## Ce que nous recueillons

Votre nom, vos pronoms si vous le souhaitez, votre adresse e-mail professionnelle, les coordonnées de votre organisation, le contenu de vos demandes, vos messages et documents, et le suivi de l’accompagnement.

## Pourquoi

Pour vous accompagner, vous tenir informé·e de l’avancement de vos demandes et rendre compte de notre activité à nos pouvoirs subsidiants (COCOF et AVIQ), uniquement sous forme de chiffres anonymes.

## Qui y a accès

L’équipe de Femmes et Santé, qui vous accompagne, voit l’ensemble de vos demandes et de leur suivi. Pour les demandes de la Région bruxelloise, l’équipe partenaire de l’Observatoire du sida et des sexualités (ULB) voit aussi la demande et ce qui a été fait, en lecture seule : les étapes, les dates, durées, modalités, lieux et nombres de participant·es des séances, les ateliers, les dates et canaux des contacts, les échéances des prochaines actions et le temps passé ; jamais vos messages ni vos documents, ni les notes internes de l’équipe. Les autres organisations ne voient jamais vos demandes ; dans un atelier qui réunit plusieurs organisations, aucune ne voit la participation des autres. Personne d’autre : pas de publicité, pas de revente.

## Ce que vous voyez de votre demande

Ce que vous avez envoyé, son historique, vos échanges et documents avec l’équipe, le nom de votre référent·e, l’accompagnement proposé, les dates, modalités et lieux de vos séances et l’atelier auquel vous participez. Le suivi interne de l’équipe (notes de séance, contacts, temps passé, prochaines actions) reste interne à Femmes et Santé.

## Combien de temps

Tant que l’accompagnement est en cours, puis pendant la durée de conservation fixée par l’équipe après sa clôture. Ensuite, les données personnelles sont effacées ; seuls restent les chiffres utiles aux rapports d’activité.

## Vos droits

Vous pouvez consulter, corriger, exporter ou faire effacer vos données, et vous opposer à leur traitement. Pour exercer ces droits ou poser une question, écrivez-nous : {contact}',
'The requests you share with us may touch on health, sexuality or gender identity. We handle them with care and collect only what the support needs.

## What we collect

Your name, your pronouns if you wish, your work e-mail address, your organisation’s details, the content of your requests, your messages and documents, and the follow-up of the support.

## Why

To support you, to keep you informed of your requests, and to report our activity to our funders (COCOF and AVIQ), only as anonymous figures.

## Who can see it

The Femmes et Santé team supporting you sees all your requests and their follow-up. For requests from the Brussels Region, the partner team of the Observatoire du sida et des sexualités (ULB) also sees the request and what was done, read-only: the steps, the dates, durations, modes, places and numbers of participants of sessions, the workshops, the dates and channels of contacts, the due dates of next actions and the time spent; never your messages or documents, nor the team’s internal notes. Other organisations never see your requests; in a workshop gathering several organisations, none sees the others’ participation. Nobody else: no advertising, no resale.

## What you see of your request

What you sent, its history, your exchanges and documents with the team, your lead’s name, the support offered, the dates, modes and places of your sessions and the workshop you take part in. The team’s internal follow-up (session notes, contacts, time spent, next actions) stays within Femmes et Santé.

## How long

While the support goes on, then for the retention period set by the team after it is closed. After that, personal data are erased; only the figures needed for activity reports remain.

## Your rights

You may see, correct, export or have your data erased, and object to their use. To exercise these rights or ask a question, write to us: {contact}',
     '2026-11-01T00:00:00+01:00');

-- module: casework
create table activity_entry (
    code     varchar(30)  primary key check (code ~ '^[A-Z][A-Z0-9_]{0,29}$'),
    label_fr varchar(300) not null check (btrim(label_fr) <> ''),
    label_en varchar(300) not null check (btrim(label_en) <> ''),
    position int          not null default 0,
    offered  boolean      not null default true,
    version  bigint       not null default 0
);
insert into activity_entry (code, label_fr, label_en, position) values
    ('PREPARATION', 'Préparation', 'Preparation', 10),
    ('SESSION', 'Séance', 'Session', 20),
    ('TRAVEL', 'Déplacement', 'Travel', 30),
    ('ADMIN', 'Administration', 'Administration', 40),
    ('OTHER', 'Autre', 'Other', 50);
alter table time_entry drop constraint time_entry_activity_check;
alter table time_entry alter column activity type varchar(30);
alter table time_entry add constraint time_entry_activity_fk foreign key (activity) references activity_entry (code);

-- The redirect services (V8) become a reference list like the others: a code, two labels, offered.
alter table redirect_target add column code varchar(30);
alter table redirect_target add column label_fr varchar(300);
alter table redirect_target add column label_en varchar(300);
alter table redirect_target add column version bigint not null default 0;
alter table redirect_target rename column active to offered;
update redirect_target set code = 'DG_OSTBELGIEN', label_fr = name, label_en = 'Ministry of the German-speaking Community – health promotion (Eupen)' where name = 'Ministerium der Deutschsprachigen Gemeinschaft – Gesundheitsförderung (Eupen)';
update redirect_target set code = 'SENSOA', label_fr = name, label_en = 'Sensoa – sexual health (Flanders)' where name = 'Sensoa – santé sexuelle (Flandre)';
update redirect_target set code = 'GEZOND_LEVEN', label_fr = name, label_en = 'Flemish Institute for Healthy Living (Flanders)' where name = 'Vlaams Instituut Gezond Leven (Flandre)';
update redirect_target set code = 'PREVENTION_SIDA', label_fr = name, label_en = 'Plate-forme Prévention Sida – HIV prevention (Brussels)' where name = 'Plate-forme Prévention Sida (Bruxelles)';
update redirect_target set code = 'OYES', label_fr = name, label_en = 'O’YES – young people’s sexual health' where name = 'O’YES – santé sexuelle des jeunes';
update redirect_target set code = 'FLCPF', label_fr = name, label_en = 'Fédération Laïque de Centres de Planning Familial – family planning federation' where name = 'Fédération Laïque de Centres de Planning Familial';
update redirect_target set code = 'GARANCE', label_fr = name, label_en = 'Garance asbl – prevention of gender-based violence' where name = 'Garance asbl – prévention des violences basées sur le genre';
update redirect_target set code = 'CULTURES_SANTE', label_fr = name, label_en = 'Cultures&Santé asbl – health education' where name = 'Cultures&Santé asbl';
update redirect_target set code = 'QUESTION_SANTE', label_fr = name, label_en = 'Question Santé asbl – health information' where name = 'Question Santé asbl';
update redirect_target set code = 'RESO_UCLOUVAIN', label_fr = name, label_en = 'RESO – UCLouvain, university health promotion service' where name = 'RESO – UCLouvain, service universitaire de promotion de la santé';
-- Any service added by hand since V8 gets a code from its id.
update redirect_target set code = 'SERVICE_' || id, label_fr = name, label_en = name where code is null;
-- Requests already redirected to a listed service get its code.
update support_request r set redirect_target_code = t.code from redirect_target t where r.redirect_target = t.name;
alter table redirect_target drop column name;
alter table redirect_target alter column code set not null;
alter table redirect_target alter column label_fr set not null;
alter table redirect_target alter column label_en set not null;
alter table redirect_target add constraint redirect_target_code_uq unique (code);
alter table redirect_target add constraint redirect_target_code_ck check (code ~ '^[A-Z][A-Z0-9_]{0,29}$');
