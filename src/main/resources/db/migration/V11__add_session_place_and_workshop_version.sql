-- module: casework
-- Where a consultation session took place (the requester sees it with the date and the mode), and
-- a version on workshops so that two people editing one workshop cannot overwrite each other.
alter table consultation_session add column place varchar(300);
alter table workshop add column version bigint not null default 0;
