-- Pending login.gov.pl sign-ins (found by RelayState) and single-use message IDs, shared by all cluster nodes.

create table signin_pending (
    relay_state varchar(64)  not null primary key,
    request_id  varchar(64)  not null unique,
    return_to   varchar(500),
    expires_at  timestamp with time zone not null
);

create table signin_used_id (
    id         varchar(250) not null primary key,
    expires_at timestamp with time zone not null
);

create index signin_pending_expiry on signin_pending (expires_at);
create index signin_used_id_expiry on signin_used_id (expires_at);
