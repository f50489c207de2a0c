-- Wrong passwords are counted per login and client (platform.entity.FailedSignIns), for residents and staff alike,
-- instead of per resident account: nobody can lock a resident out from elsewhere, and an address without an account
-- is held exactly as one with an account. Both key halves are SHA-256 hashes (no address, login or IP is kept).
create table signin_throttle (
    id          varchar(129)             not null primary key,
    subject     varchar(64)              not null,
    failures    integer                  not null,
    first_at    timestamp with time zone not null,
    held_until  timestamp with time zone
);
create index signin_throttle_subject on signin_throttle (subject);

alter table resident drop column failed_sign_ins;
alter table resident drop column locked_until;

-- When the owner of an address was last told that someone tried to register with it (at most once an hour).
alter table resident add column registration_notice_at timestamp with time zone;
