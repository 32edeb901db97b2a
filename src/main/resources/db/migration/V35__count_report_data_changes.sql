-- module: report
-- Issue 13: a report is computed once and kept until something it counts changes. Every transaction
-- that writes a table the report reads adds one to a counter just before it commits; the report
-- keeps its figures with the counter's total read before computing them, and computes again when
-- the total has moved. The database does it, whoever writes (a page, a correction, retention, a
-- script). The increment is a row update, so a snapshot sees it exactly when it sees the writer's
-- data: figures kept under a total never miss a change that total includes. Sixteen rows, one
-- chosen by the writer's connection, so that writers do not all wait for the same row at commit.
create table report_data_version (
    shard   smallint primary key,
    changes bigint not null default 0
);
insert into report_data_version (shard) select generate_series(0, 15);

-- Once per transaction: a deferred trigger fires for every row written, at commit; the first one
-- counts the transaction and marks it (a setting local to the transaction), the others return.
create function report_data_changed() returns trigger language plpgsql as $$
begin
    if current_setting('sesu.report_data_changed', true) is distinct from 'yes' then
        perform set_config('sesu.report_data_changed', 'yes', true);
        update report_data_version set changes = changes + 1 where shard = pg_backend_pid() % 16;
    end if;
    return null;
end $$;

create constraint trigger request_evaluation_report_data after insert or update or delete on request_evaluation
    deferrable initially deferred for each row execute function report_data_changed();

-- module: request
create constraint trigger support_request_report_data after insert or update or delete on support_request
    deferrable initially deferred for each row execute function report_data_changed();

-- module: organisation
create constraint trigger organisation_report_data after insert or update or delete on organisation
    deferrable initially deferred for each row execute function report_data_changed();

-- module: casework
create constraint trigger consultation_session_report_data after insert or update or delete on consultation_session
    deferrable initially deferred for each row execute function report_data_changed();
create constraint trigger workshop_date_report_data after insert or update or delete on workshop_date
    deferrable initially deferred for each row execute function report_data_changed();
create constraint trigger workshop_participation_report_data after insert or update or delete on workshop_participation
    deferrable initially deferred for each row execute function report_data_changed();
create constraint trigger time_entry_report_data after insert or update or delete on time_entry
    deferrable initially deferred for each row execute function report_data_changed();
