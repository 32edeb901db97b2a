-- module: casework
-- A next action of a request that ended (closed, declined, redirected, withdrawn) is no longer to do:
-- it leaves the dashboard and the daily digest (they list actions not done), and the request's page
-- says it was closed with the request rather than done.
alter table next_action add column ended_with_request boolean not null default false;

-- Requests that ended before this version: their open actions close now, and those withdrawn,
-- declined or redirected leave their workshop, as the casework listeners do from now on.
update next_action a set done = true, done_at = now(), ended_with_request = true
from request_summary_view r
where r.id = a.request_id and not a.done and r.status in ('CLOSED', 'DECLINED', 'REDIRECTED', 'WITHDRAWN');

delete from workshop_participation p
using request_summary_view r
where r.id = p.request_id and r.status in ('WITHDRAWN', 'DECLINED', 'REDIRECTED');
