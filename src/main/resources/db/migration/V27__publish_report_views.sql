-- module: request
-- Read views for activity reports (module report). Plain projections, as V12's: the report's
-- GROUP BY, FILTER and percentile_cont run over them in one query each, and PostgreSQL inlines them
-- so the tables' indexes still apply. Only facts that retention never blanks: dates, region,
-- organisation, kinds, status, work kind, the redirection's target service.

-- A request as reports count it.
create view request_report_view as
select r.id, r.organisation_id, r.region, r.german_speaking, r.requester_account_id, r.kinds, r.status,
       r.work_kind, r.redirect_target, r.submitted_at
from support_request r;

-- When each move of a request happened, and which (never who, never why).
create view request_move_view as
select h.request_id, h.at, h.action
from request_history h;

-- module: casework
-- What the team did, as reports count it: sessions, workshops and who took part, time spent.
-- Never notes, summaries or what an action says.
create view session_report_view as
select s.id, s.request_id, s.session_date, s.duration_minutes, s.mode, s.participants
from consultation_session s;

create view workshop_date_report_view as
select d.workshop_id, d.workshop_date
from workshop_date d;

create view workshop_participation_report_view as
select p.workshop_id, p.request_id, p.organisation_id, p.region, p.participants
from workshop_participation p;

create view time_report_view as
select t.request_id, t.entry_date, t.minutes, t.activity
from time_entry t;
