-- module: request
-- Read views that modules publish so that others read them instead of their tables (the gate
-- TableOwnershipTest refuses SQL in one module that names a table another module created). Each
-- is a plain projection of one table: no aggregate, DISTINCT, window or LIMIT, so PostgreSQL inlines
-- it into the reader's query and the table's indexes (full text, kinds, status, dates) still apply.
-- Only facts and the few texts lists show; never descriptions, reasons, contacts or credentials.

-- The request module's summary of a request: what lists, counts and searches need.
create view request_summary_view as
select r.id, r.reference, r.organisation_id, r.region, r.german_speaking, r.requester_account_id, r.title,
       r.kinds, r.status, r.work_kind, r.lead_account_id, r.submitted_at, r.updated_at, r.search_vector
from support_request r;

-- module: organisation
-- The organisation module's summary of an organisation: its name (and the name's search vector),
-- sector and where it is. Not the street, the enterprise number or the contact person.
create view organisation_summary_view as
select o.id, o.name, o.sector, o.sector_other, o.region, o.postal_code, o.municipality, o.german_speaking,
       o.name_search_vector
from organisation o;

-- module: account
-- The account module's names: who someone is on a page (a lead, an assignee) and whether they can
-- still act. Never the e-mail address, the password hash or the organisation.
create view account_name_view as
select a.id, a.display_name, a.role, a.enabled
from account a;
