-- module: request
-- Issue 13, the activity report (module report) over tens of thousands of requests.
-- A region's requests received in a period, read from the index alone (an index-only scan of two
-- ranges) with every column the report counts them by, instead of the region index then the table's
-- wide rows (texts, search vector).
create index support_request_report_idx on support_request (region, submitted_at)
    include (id, organisation_id, status, german_speaking, kinds, redirect_target, redirect_target_code);

-- A request's first move (anything but its submission or its withdrawal): the first entry of this
-- index for the request, read without visiting the table or skipping submissions.
create index request_history_first_move_idx on request_history (request_id, at)
    where action not in ('SUBMITTED', 'WITHDRAWN');
