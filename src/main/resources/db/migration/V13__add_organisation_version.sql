-- module: organisation
-- A version on organisations, so that two professionals of one organisation editing its profile at
-- once cannot silently overwrite each other: the second save is refused and shown the saved profile.
alter table organisation add column version bigint not null default 0;
