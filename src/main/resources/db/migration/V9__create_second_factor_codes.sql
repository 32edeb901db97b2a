-- module: account
-- Second factor of staff, partners and admins: a 6-digit code mailed after the password, valid
-- 10 minutes, used once. Only a hash of the code is kept; one code per account at a time (a new one
-- replaces the old); five wrong tries throw the code away.
create table second_factor_code (
    username   varchar(320) primary key,
    code_hash  varchar(64)  not null,
    expires_at timestamp    not null,
    attempts   integer      not null default 0
);
