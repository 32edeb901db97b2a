-- module: organisation
-- Staff or admins confirm or refuse a professional's ask to join an organisation (who decided is
-- kept); admins merge an organisation registered twice into the one kept: the merged one stays
-- (its history, its old requests' references) but points to the kept one and is no longer offered.
alter table organisation_join_request
    add column decided_by_account_id bigint references account (id) on delete set null;

alter table organisation
    add column merged_into_id bigint references organisation (id),
    add column merged_at      timestamp with time zone,
    add constraint organisation_not_merged_into_itself_ck check (merged_into_id is null or merged_into_id <> id);
create index organisation_merged_into_idx on organisation (merged_into_id) where merged_into_id is not null;
