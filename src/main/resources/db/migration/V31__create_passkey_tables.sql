-- module: account
-- Passkeys of staff, partners and admins (Spring Security's webAuthn() with its JDBC repositories,
-- JdbcPublicKeyCredentialUserEntityRepository and JdbcUserCredentialRepository), so every node sees
-- them. The tables are Spring Security's own (org/springframework/security/user-entities-schema.sql
-- and user-credentials-schema-postgres.sql in spring-security-webauthn), adapted to PostgreSQL:
-- an address fits in user_entities.name (320 characters), the times are timestamptz, and a
-- credential goes with its user entity.
--
-- user_entities: one row per account that has asked to register a passkey; name is the account's
-- e-mail address (its sign-in name), id a random handle the authenticator keeps.
-- user_credentials: one row per passkey: the public key and the authenticator's counters, the
-- label the person typed, when it was created and last used.
create table user_entities
(
    id           varchar(1000) not null,
    name         varchar(320)  not null,
    display_name varchar(320),
    primary key (id)
);

create unique index user_entities_name on user_entities (lower(name));

create table user_credentials
(
    credential_id                varchar(1000) not null,
    user_entity_user_id          varchar(1000) not null references user_entities (id) on delete cascade,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamptz,
    last_used                    timestamptz,
    label                        varchar(1000) not null,
    primary key (credential_id)
);

create index user_credentials_user on user_credentials (user_entity_user_id);
