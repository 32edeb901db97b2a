-- module: account
-- People who sign in. Professionals belong to one organisation; staff, partners and admins to none.
create table account (
    id              bigserial    primary key,
    email           varchar(320) not null,
    display_name    varchar(200) not null,
    pronouns        varchar(60),
    password_hash   varchar(200),
    role            varchar(20)  not null check (role in ('PROFESSIONAL', 'STAFF', 'PARTNER', 'ADMIN')),
    organisation_id bigint,
    enabled         boolean      not null default true,
    created_at      timestamp with time zone not null default now()
);
-- E-mail addresses are compared without case: one account per address.
create unique index account_email_uq on account (lower(email));
create index account_organisation_idx on account (organisation_id);
