-- The benchmark's data set (profile "bench" only, see bench/BenchDataSeeder): 2,000 organisations in
-- both regions, 20 staff, 3 partners, a professional per organisation, 50,000 requests over the five
-- past years in every state with their history, 120,000 follow-ups (contacts, next actions, time),
-- 8,000 consultation sessions and 600 workshops. Set-based (generate_series), so it takes seconds.
-- :first_year and the password hash are bound by the seeder (literal placeholders below).

insert into organisation (id, name, sector, street, postal_code, municipality, region, german_speaking, contact_name)
select i,
       (array['Maison médicale', 'Centre de planning familial', 'Service de santé mentale', 'Centre PMS',
              'Hôpital', 'CPAS', 'Centre de promotion de la santé', 'Service d''aide aux victimes',
              'Maison d''accueil', 'Association d''éducation permanente', 'Administration communale'])[1 + i % 11]
         || ' ' || (array['du Parc', 'des Marolles', 'Les Tilleuls', 'Horizon', 'La Source', 'Entre-Nous',
                          'du Centre', 'Arc-en-ciel', 'Le Relais', 'Santé Plurielle', 'Les Glycines'])[1 + (i / 11) % 11]
         || ' ' || i,
       (array['MAISON_MEDICALE', 'PLANNING_FAMILIAL', 'SANTE_MENTALE', 'PSE_PMS', 'HOPITAL', 'CPAS_POUVOIR_LOCAL',
              'PROMOTION_SANTE', 'AIDE_VICTIMES', 'MAISON_ACCUEIL', 'EDUCATION_PERMANENTE', 'ADMINISTRATION'])[1 + i % 11],
       'Rue de la Bench ' || i,
       case when i % 2 = 1 then (1000 + i % 300)::text
            when i % 50 = 0 then (4700 + i % 90)::text
            else (5000 + i % 2000)::text end,
       case when i % 2 = 1 then 'Bruxelles' when i % 50 = 0 then 'Eupen' else 'Namur' end,
       case when i % 2 = 1 then 'BRUSSELS' else 'WALLONIA' end,
       i % 2 = 0 and i % 50 = 0,
       'Contact ' || i
from generate_series(1, 2000) i;
select setval(pg_get_serial_sequence('organisation', 'id'), 2000);

-- 20 staff (ids 1-20), 3 partners (21-23), one professional per organisation (1000 + organisation).
insert into account (id, email, display_name, password_hash, role)
select i, 'staff' || i || '@bench.example.org', 'Équipe ' || i, '{{password_hash}}', 'STAFF'
from generate_series(1, 20) i;
insert into account (id, email, display_name, password_hash, role)
select 20 + i, 'partner' || i || '@bench.example.org', 'Partenaire ' || i, '{{password_hash}}', 'PARTNER'
from generate_series(1, 3) i;
insert into account (id, email, display_name, role, organisation_id)
select 1000 + i, 'pro' || i || '@bench.example.org', 'Professionnel·le ' || i, 'PROFESSIONAL', i
from generate_series(1, 2000) i;
select setval(pg_get_serial_sequence('account', 'id'), 4000);

-- 50,000 requests: 10,000 a year over the five past years; the newest 3,000 are still open in
-- every open state, the older ones mostly ended (closed, declined, redirected, withdrawn), a few
-- still in progress.
create temporary table bench_request as
select i,
       1 + (i * 7919) % 2000 as organisation_id,
       {{first_year}} + (i - 1) / 10000 as year,
       (i - 1) % 10000 + 1 as number,
       (make_timestamptz({{first_year}} + (i - 1) / 10000, 1, 1, 8, 0, 0, 'Europe/Brussels')
           + ((i - 1) % 10000) * interval '3153 seconds') as submitted_at,
       case when i > 47000 then (array['NEW', 'NEW', 'NEW', 'IN_REVIEW', 'IN_REVIEW', 'ACCEPTED', 'ACCEPTED',
                                       'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS'])[1 + i % 10]
            else (array['DECLINED', 'REDIRECTED', 'WITHDRAWN', 'IN_PROGRESS', 'CLOSED', 'CLOSED', 'CLOSED',
                        'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED',
                        'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED',
                        'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED',
                        'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED',
                        'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED',
                        'CLOSED', 'CLOSED'])[1 + i % 50] end as status,
       1 + i % 20 as lead,
       case when i % 5 = 0 then 'WORKSHOP' else 'CONSULTATION' end as work_kind
from generate_series(1, 50000) i;
create index on bench_request (i);
analyze bench_request;

insert into support_request (id, reference, organisation_id, region, german_speaking, requester_account_id, title,
    description, audience, kinds, preferred_format, team_size, privacy_notice_version, status, work_kind,
    lead_account_id, decline_reason, redirect_target, closing_summary, withdraw_reason, submitted_at, updated_at,
    first_moved_at)
select b.i, 'SESU-' || b.year || '-' || lpad(b.number::text, greatest(4, length(b.number::text)), '0'), b.organisation_id, o.region, o.german_speaking,
       1000 + b.organisation_id,
       (array['Formation de l''équipe au genre', 'Évaluation d''un projet de prévention', 'Relecture d''un outil d''animation',
              'Accompagnement d''un projet santé des femmes', 'Documentation sur les violences',
              'Animation sur la contraception', 'Soutien à une campagne de dépistage', 'Atelier vie affective et sexuelle',
              'Analyse genrée d''un rapport d''activité', 'Sensibilisation des soignant·es'])[1 + b.i % 10] || ' ' || b.i,
       (array['Nous souhaitons intégrer une approche de genre dans nos consultations et nos animations.',
              'Notre équipe prépare une brochure et voudrait un regard extérieur sur les stéréotypes.',
              'Le projet s''adresse à des jeunes en milieu scolaire; nous cherchons une évaluation participative.',
              'Les travailleuses de la maison d''accueil demandent une formation sur les violences conjugales.',
              'Nous voulons adapter nos outils de promotion de la santé aux personnes migrantes.'])[1 + b.i % 5]
         || ' Demande numéro ' || b.i || '.',
       'Équipe pluridisciplinaire',
       string_to_array((array['PROJECT_SUPPORT', 'TOOL_REVIEW', 'TEAM_TRAINING,EVALUATION', 'EVALUATION',
              'DOCUMENTATION,OTHER', 'TEAM_TRAINING'])[1 + b.i % 6], ','),
       (array['INDIVIDUAL', 'TEAM', 'WORKSHOP', 'NO_PREFERENCE'])[1 + b.i % 4],
       1 + b.i % 30, '2026-11-v1', b.status,
       case when b.status in ('ACCEPTED', 'IN_PROGRESS', 'CLOSED') then b.work_kind end,
       case when b.status in ('NEW', 'DECLINED', 'REDIRECTED', 'WITHDRAWN') then null else b.lead end,
       case when b.status = 'DECLINED' then 'Hors du champ du service.' end,
       case when b.status = 'REDIRECTED' then 'Question Santé asbl' end,
       case when b.status = 'CLOSED' then 'Accompagnement terminé, outils remis à l''équipe.' end,
       case when b.status = 'WITHDRAWN' then 'Projet reporté.' end,
       b.submitted_at, b.submitted_at + interval '20 days',
       -- The first move of the history below (V34 keeps it from the history; written here at once, so
       -- that the history's insertion finds it already right and rewrites no request).
       case when b.status in ('IN_REVIEW', 'ACCEPTED', 'IN_PROGRESS', 'CLOSED') then b.submitted_at + interval '1 day'
            when b.status in ('DECLINED', 'REDIRECTED') then b.submitted_at + interval '2 days' end
from bench_request b join organisation o on o.id = b.organisation_id;
select setval(pg_get_serial_sequence('support_request', 'id'), 50000);

insert into request_reference_counter (year, last_number)
select y, 10000 from generate_series({{first_year}}, {{first_year}} + 4) y;

-- Full history: the submission, then each move that led to the request's state.
insert into request_history (request_id, at, actor_account_id, actor_display_name, from_status, to_status, action,
    lead_account_id, work_kind, detail)
select b.i, b.submitted_at, 1000 + b.organisation_id, 'Professionnel·le ' || b.organisation_id, null, 'NEW',
       'SUBMITTED', null, null, null
from bench_request b;
insert into request_history (request_id, at, actor_account_id, actor_display_name, from_status, to_status, action,
    lead_account_id, work_kind, detail)
select b.i, b.submitted_at + interval '1 day', b.lead, 'Équipe ' || b.lead, 'NEW', 'IN_REVIEW', 'LEAD_ASSIGNED',
       b.lead, null, null
from bench_request b where b.status in ('IN_REVIEW', 'ACCEPTED', 'IN_PROGRESS', 'CLOSED');
insert into request_history (request_id, at, actor_account_id, actor_display_name, from_status, to_status, action,
    lead_account_id, work_kind, detail)
select b.i, b.submitted_at + interval '3 days', b.lead, 'Équipe ' || b.lead, 'IN_REVIEW', 'ACCEPTED', 'ACCEPTED',
       b.lead, b.work_kind, null
from bench_request b where b.status in ('ACCEPTED', 'IN_PROGRESS', 'CLOSED');
insert into request_history (request_id, at, actor_account_id, actor_display_name, from_status, to_status, action,
    lead_account_id, work_kind, detail)
select b.i, b.submitted_at + interval '7 days', b.lead, 'Équipe ' || b.lead, 'ACCEPTED', 'IN_PROGRESS', 'STARTED',
       b.lead, b.work_kind, null
from bench_request b where b.status in ('IN_PROGRESS', 'CLOSED');
insert into request_history (request_id, at, actor_account_id, actor_display_name, from_status, to_status, action,
    lead_account_id, work_kind, detail)
select b.i, b.submitted_at + interval '20 days', b.lead, 'Équipe ' || b.lead, 'IN_PROGRESS', 'CLOSED', 'CLOSED',
       b.lead, b.work_kind, 'Accompagnement terminé.'
from bench_request b where b.status = 'CLOSED';
insert into request_history (request_id, at, actor_account_id, actor_display_name, from_status, to_status, action,
    lead_account_id, work_kind, detail)
select b.i, b.submitted_at + interval '2 days',
       case when b.status = 'WITHDRAWN' then 1000 + b.organisation_id else b.lead end,
       'Personne ' || b.lead, 'NEW', b.status, b.status, null, null, 'Motif.'
from bench_request b where b.status in ('DECLINED', 'REDIRECTED', 'WITHDRAWN');

-- 120,000 follow-ups on requests the team took on: 60,000 contacts, 30,000 next actions (the open
-- requests' ones not done, due around today, some overdue), 30,000 time entries.
create temporary table bench_worked as
select row_number() over (order by i) as n, b.*
from bench_request b where b.status in ('IN_REVIEW', 'ACCEPTED', 'IN_PROGRESS', 'CLOSED');
create index on bench_worked (n);
analyze bench_worked;

insert into followup_contact (request_id, contact_date, channel, summary, author_account_id)
select w.i, (w.submitted_at + (k * 5 + 2) * interval '1 day')::date,
       (array['EMAIL', 'PHONE', 'MEETING', 'OTHER'])[1 + (w.i + k) % 4], 'Échange avec l''équipe ' || k, w.lead
from generate_series(1, 60000) g
join bench_worked w on w.n = 1 + (g - 1) % (select count(*) from bench_worked)
cross join lateral (select (g - 1) / (select count(*) from bench_worked) as k) kk;

insert into next_action (request_id, what, due_date, assignee_account_id, done, done_at, author_account_id)
select w.i, 'Envoyer le compte rendu ' || g,
       case when w.status in ('CLOSED') then (w.submitted_at + interval '10 days')::date
            else current_date + ((g % 40) - 20) end,
       w.lead, w.status = 'CLOSED', case when w.status = 'CLOSED' then w.submitted_at + interval '11 days' end, w.lead
from generate_series(1, 30000) g
join bench_worked w on w.n = 1 + (g * 13) % (select count(*) from bench_worked);

insert into time_entry (request_id, entry_date, minutes, activity, account_id)
select w.i, (w.submitted_at + interval '4 days')::date, 30 + g % 120,
       (array['PREPARATION', 'SESSION', 'TRAVEL', 'ADMIN', 'OTHER'])[1 + g % 5], w.lead
from generate_series(1, 30000) g
join bench_worked w on w.n = 1 + (g * 7) % (select count(*) from bench_worked);

-- 8,000 consultation sessions on consultations under way or closed.
create temporary table bench_consultation as
select row_number() over (order by i) as n, b.*
from bench_request b where b.work_kind = 'CONSULTATION' and b.status in ('IN_PROGRESS', 'CLOSED');
create index on bench_consultation (n);
analyze bench_consultation;
insert into consultation_session (request_id, session_date, duration_minutes, mode, participants, notes,
    author_account_id, place)
select c.i, (c.submitted_at + interval '10 days')::date, 60 + g % 120,
       (array['ON_SITE', 'REMOTE', 'PHONE'])[1 + g % 3], 1 + g % 15, 'Séance ' || g, c.lead,
       case when g % 3 = 0 then 'Dans les locaux de l''organisation' end
from generate_series(1, 8000) g
join bench_consultation c on c.n = 1 + (g * 3) % (select count(*) from bench_consultation);

-- 600 workshops, each with a date or two, a facilitator, and the workshop requests it gathers.
insert into workshop (id, theme, place, online)
select i, (array['Genre et santé mentale', 'Contraception et consentement', 'Violences conjugales : repérer',
                 'Outils d''animation non sexistes', 'Santé des femmes migrantes'])[1 + i % 5] || ' ' || i,
       case when i % 4 = 0 then null else 'Salle ' || i end, i % 4 = 0
from generate_series(1, 600) i;
select setval(pg_get_serial_sequence('workshop', 'id'), 600);
insert into workshop_date (workshop_id, workshop_date)
select i, make_date({{first_year}} + i % 5, 1 + i % 12, 1 + i % 28) from generate_series(1, 600) i
union all
select i, make_date({{first_year}} + i % 5, 1 + i % 12, 1 + i % 28) + 7 from generate_series(1, 600) i where i % 2 = 0;
insert into workshop_facilitator (workshop_id, account_id) select i, 1 + i % 20 from generate_series(1, 600) i;
insert into workshop_participation (workshop_id, request_id, reference, organisation_id, region, participants)
select 1 + b.i % 600, b.i, 'SESU-' || b.year || '-' || lpad(b.number::text, greatest(4, length(b.number::text)), '0'), b.organisation_id, o.region,
       1 + b.i % 12
from bench_request b join organisation o on o.id = b.organisation_id
where b.work_kind = 'WORKSHOP' and b.status in ('ACCEPTED', 'IN_PROGRESS', 'CLOSED');

drop table bench_request;
drop table bench_worked;
drop table bench_consultation;
