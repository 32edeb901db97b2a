-- module: account
-- Account administration (issue 9): each person's language for the mails they receive, the last
-- time they signed in (for the admins' list), a professional's ask to delete their account (done
-- when their last request ends) and its execution, and invitations of staff, partners and admins.
alter table account
    add column preferred_language     varchar(2) not null default 'fr' check (preferred_language in ('fr', 'en')),
    add column last_signed_in_at      timestamp with time zone,
    add column deletion_requested_at  timestamp with time zone,
    add column deleted_at             timestamp with time zone;

-- An invitation to set a password: the link holds a random token, of which only a SHA-256 hash is
-- kept; valid 7 days, used once; a new invitation replaces the previous one of the same account.
create table account_invitation (
    account_id            bigint       primary key references account (id) on delete cascade,
    token_hash            varchar(64)  not null unique,
    invited_by_account_id bigint       references account (id) on delete set null,
    expires_at            timestamp with time zone not null,
    created_at            timestamp with time zone not null default now()
);
create index account_role_status_idx on account (role, enabled, lower(display_name));
