-- module: account
-- Browsers that have completed a staff, partner or admin sign-in (both factors): a random token in
-- a cookie, kept here as a SHA-256 hash with the account's address. Wrong passwords from such a
-- browser are counted on their own, so whoever fills an address's allowance with wrong passwords
-- cannot keep its owner out (SignInThrottle, KnownDevices). Forgotten after 180 days.
create table sign_in_device (
    token_hash varchar(64)  primary key,
    email      varchar(320) not null,
    created_at timestamptz  not null default now()
);
create index sign_in_device_created_idx on sign_in_device (created_at);
