-- Residents' accounts. One row is one person: an e-mail account, a login.gov.pl identity, or both once linked.
-- A PESEL is never stored: national_key is its keyed hash (HMAC-SHA-256, key from the server's configuration),
-- unique, so a second account cannot be verified with the same identity.

create sequence resident_seq start with 50 increment by 50;

create table resident (
    id                  bigint       not null primary key,
    version             bigint       not null,
    created_at          timestamp with time zone not null,
    first_name          varchar(100) not null,
    family_name         varchar(100) not null,
    -- E-mail account (optional once a national identity is linked)
    email               varchar(254) unique,
    email_confirmed_at  timestamp with time zone,
    password_hash       varchar(200),
    failed_sign_ins     integer      not null default 0,
    locked_until        timestamp with time zone,
    -- National identity (login.gov.pl)
    national_key        varchar(64)  unique,
    national_level      varchar(20),
    national_at         timestamp with time zone,
    date_of_birth       date,
    -- Privacy notice and optional demographics
    privacy_notice_at   timestamp with time zone not null,
    birth_year          integer,
    residence_area      varchar(100),
    gender              varchar(20),
    -- A deleted account keeps only its id, so that what it contributed stays counted, anonymously.
    deleted_at          timestamp with time zone,
    constraint resident_has_a_way_in check (deleted_at is not null or email is not null or national_key is not null),
    constraint resident_level_known check (national_level in ('LOW', 'SUBSTANTIAL', 'HIGH')),
    constraint resident_gender_known check (gender in ('FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'))
);

-- Consents a resident gave, each with its date; a withdrawn one keeps the date it was withdrawn.
create table resident_consent (
    resident_id  bigint      not null references resident (id) on delete cascade,
    kind         varchar(40) not null,
    given_at     timestamp with time zone not null,
    withdrawn_at timestamp with time zone,
    primary key (resident_id, kind)
);

-- Links sent by e-mail (address confirmation, password reset): only a hash of the token is kept.
create table resident_email_token (
    token_hash  varchar(64)  not null primary key,
    resident_id bigint       not null references resident (id) on delete cascade,
    purpose     varchar(20)  not null,
    expires_at  timestamp with time zone not null
);

-- One-time tickets through which the application signs a resident in to the server's security domain
-- (Elytron jdbc-realm "wiec-residents-realm", see wildfly-config/cli/residents-realm.cli). A ticket lives for
-- seconds and is deleted as soon as it served.
create table resident_ticket (
    principal   varchar(40) not null primary key,
    secret_hash varchar(64) not null,
    expires_at  timestamp with time zone not null
);

create index resident_email_token_expiry on resident_email_token (expires_at);

-- A sign-in through login.gov.pl that an already signed-in resident started to link their national identity,
-- and the hash of the browser-binding cookie that must come back with the answer.
alter table signin_pending add column link_resident_id bigint;
alter table signin_pending add column browser_binding varchar(64);

-- The optional demographic questions the municipality asks on residents' profiles (back office, profile page).
alter table municipality add column ask_birth_year boolean not null default false;
alter table municipality add column ask_gender boolean not null default false;
alter table municipality add column residence_areas varchar(4000);
