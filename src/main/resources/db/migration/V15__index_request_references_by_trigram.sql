-- module: request
-- The inbox finds a request by part of its reference ("2026-0042") with ILIKE '%…%': without an index
-- that read every request (issue 13). A trigram index answers it; pg_trgm ships with PostgreSQL, as
-- unaccent does (V8).
create extension if not exists pg_trgm;
create index support_request_reference_trgm_idx on support_request using gin (reference gin_trgm_ops);
