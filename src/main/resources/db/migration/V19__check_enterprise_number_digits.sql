-- module: organisation
-- The database enforces the form's rule on enterprise numbers, not only their format (V3): ten
-- digits, the first 0 or 1, the last two equal to 97 - (the first eight mod 97).
--
-- On a production database, "alter table ... add constraint ... check" reads every row and FAILS
-- (and with it the deploy) if one row breaks the rule. So the rows that break it are first set
-- aside: the wrong number is copied to organisation_enterprise_number_set_aside, with when, and
-- cleared on the organisation (its version moves on, so an edit form open meanwhile is told). The
-- team looks at that table after the deploy and types the right number on the organisation's
-- page. The constraint is then added NOT VALID (a short lock, no scan while holding it) and
-- validated (a scan that lets reads and writes go on). Application code never stored such a row
-- (EnterpriseNumber refuses it); only hand-made SQL or an import could have.
create table organisation_enterprise_number_set_aside (
    organisation_id   bigint       not null references organisation (id) on delete cascade,
    enterprise_number varchar(10)  not null,
    set_aside_at      timestamptz  not null default now()
);

insert into organisation_enterprise_number_set_aside (organisation_id, enterprise_number)
select id, enterprise_number from organisation
 where enterprise_number is not null
   and substr(enterprise_number, 9, 2)::int <> 97 - substr(enterprise_number, 1, 8)::bigint % 97;

update organisation set enterprise_number = null, version = version + 1
 where enterprise_number is not null
   and substr(enterprise_number, 9, 2)::int <> 97 - substr(enterprise_number, 1, 8)::bigint % 97;

-- V3's format check holds on every row already, so the digits can be read as numbers; CASE keeps
-- the arithmetic from ever running on a value of another shape.
alter table organisation add constraint organisation_enterprise_number_check_digits check (
    enterprise_number is null
    or case when enterprise_number ~ '^[01][0-9]{9}$'
            then substr(enterprise_number, 9, 2)::int = 97 - substr(enterprise_number, 1, 8)::bigint % 97
            else false end) not valid;
alter table organisation validate constraint organisation_enterprise_number_check_digits;
