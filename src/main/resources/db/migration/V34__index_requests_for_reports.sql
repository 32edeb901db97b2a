-- module: request
-- Issue 13, the activity report (module report) over tens of thousands of requests.

-- When a request was first moved (anything but its submission or its withdrawal: the first action
-- taken on it), kept by the database itself from the history, whoever writes it (the lifecycle, a
-- correction, a script): the report's median delay to the first action reads it with the request
-- instead of looking up each request's history.
alter table support_request add column first_moved_at timestamp with time zone;

create index request_history_first_move_idx on request_history (request_id, at)
    where action not in ('SUBMITTED', 'WITHDRAWN');

update support_request r set first_moved_at = m.first_at
from (select request_id, min(at) as first_at from request_history
      where action not in ('SUBMITTED', 'WITHDRAWN') group by request_id) m
where m.request_id = r.id;

create function request_history_keeps_first_move() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        -- The common case: a move is added; only an earlier one changes the request.
        if new.action not in ('SUBMITTED', 'WITHDRAWN') then
            update support_request set first_moved_at = new.at
            where id = new.request_id and (first_moved_at is null or first_moved_at > new.at);
        end if;
        return null;
    end if;
    -- An entry changed or removed: count again for the request(s) it belonged to.
    update support_request r set first_moved_at = (
        select min(h.at) from request_history h
        where h.request_id = r.id and h.action not in ('SUBMITTED', 'WITHDRAWN'))
    where r.id = old.request_id or (tg_op = 'UPDATE' and r.id = new.request_id);
    return null;
end $$;

create trigger request_history_first_move after insert or delete or update of request_id, at, action
    on request_history for each row execute function request_history_keeps_first_move();

-- A region's requests received in a period, read from the index alone (an index-only scan of two
-- ranges) with every column the report counts them by, instead of the region index then the table's
-- wide rows (texts, search vector).
create index support_request_report_idx on support_request (region, submitted_at)
    include (id, organisation_id, status, german_speaking, kinds, redirect_target, redirect_target_code,
             first_moved_at);

-- The report's view of a request (V27) with it.
create or replace view request_report_view as
select r.id, r.organisation_id, r.region, r.german_speaking, r.requester_account_id, r.kinds, r.status,
       r.work_kind, r.redirect_target, r.submitted_at, r.first_moved_at
from support_request r;
