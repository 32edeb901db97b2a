-- module: audit
-- The audit trail: who read or changed which request, when, from which address; sign-ins and failed
-- sign-ins. A request is named only by its reference (no foreign key), so rows outlive the case and
-- its anonymisation; a person by their account id (their name comes from account_name_view when
-- shown, so it follows the account's own anonymisation). Never the content of what was read or
-- written: for a change, the names of the fields touched.
create table audit_event (
    id                bigint generated always as identity primary key,
    at                timestamp with time zone not null,
    actor_account_id  bigint,
    action            varchar(30)  not null,
    request_reference varchar(20),
    fields            text[]       not null default '{}',
    detail            varchar(200),
    client_address    varchar(45)
);
create index audit_event_reference_ix on audit_event (request_reference, at desc, id desc)
    where request_reference is not null;
create index audit_event_actor_ix on audit_event (actor_account_id, at desc, id desc);
create index audit_event_at_ix on audit_event (at desc, id desc);
create index audit_event_action_ix on audit_event (action, at desc);

-- Append-only. The portal's role owns its schema (Flyway runs as it), so grants alone cannot stop it:
-- a trigger refuses every UPDATE and DELETE, and a statement trigger every TRUNCATE, whoever asks.
-- Only a migration that drops the triggers could change past rows, and that is reviewed code.
create function audit_event_is_append_only() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
