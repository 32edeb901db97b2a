-- module: account
-- Bucket4j's rate-limit buckets (sign-in links per address and per IP), shared by every node.
create table rate_limit_bucket (
    id         varchar(400) primary key,
    state      bytea,          -- null while the row is locked for its first write
    expires_at bigint
);
create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);
