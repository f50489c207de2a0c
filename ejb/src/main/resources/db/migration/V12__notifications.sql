-- Notifications: what happened to a resident's contributions, in the app and by e-mail. E-mails go through a
-- durable outbox that a timer empties (so a slow or absent mail server never blocks a request, and a restart
-- loses nothing); each resident chooses per kind: immediately, a daily digest, or never.
create sequence notification_seq start with 50 increment by 50;

create table notification (
    id          bigint        not null primary key,
    resident_id bigint        not null references resident (id) on delete cascade,
    kind        varchar(20)   not null,
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone,
    subject     varchar(300)  not null,
    link        varchar(300)  not null,
    mailed_at   timestamp with time zone,
    mail_due    boolean       not null default false,
    digest      boolean       not null default false,
    attempts    integer       not null default 0
);

create table notification_preference (
    resident_id bigint      not null references resident (id) on delete cascade,
    kind        varchar(20) not null,
    frequency   varchar(20) not null,
    primary key (resident_id, kind),
    constraint notification_frequency_known check (frequency in ('IMMEDIATELY', 'DAILY', 'NEVER'))
);

create table unsubscribe_token (
    token_hash  varchar(64) not null primary key,
    resident_id bigint      not null references resident (id) on delete cascade,
    kind        varchar(20) not null,
    created_at  timestamp with time zone not null
);

create index notification_resident on notification (resident_id, created_at desc);
create index notification_mail_due on notification (mail_due, created_at);
