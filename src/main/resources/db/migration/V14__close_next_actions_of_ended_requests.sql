-- module: casework
-- A next action of a request that ended (closed, declined, redirected, withdrawn) is no longer to do:
-- it leaves the dashboard and the daily digest (they list actions not done), and the request's page
-- says it was closed with the request rather than done.
alter table next_action add column ended_with_request boolean not null default false;
