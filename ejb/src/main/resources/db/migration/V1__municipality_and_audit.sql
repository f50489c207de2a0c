-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

create table municipality (
    id              bigint       not null primary key,
    version         bigint       not null,
    name            varchar(200) not null,
    teryt           varchar(7),
    contact_email   varchar(254),
    contact_phone   varchar(30),
    street          varchar(200),
    postal_code     varchar(6),
    city            varchar(100),
    primary_colour  varchar(7)   not null,
    logo_updated_at timestamp with time zone,
    constraint municipality_is_one check (id = 1)
);

-- A fresh installation starts with a placeholder that the administrator replaces in the back office.
insert into municipality (id, version, name, primary_colour) values (1, 0, 'Gmina', '#1d4f91');

create table municipality_logo (
    id           bigint      not null primary key references municipality (id),
    content_type varchar(20) not null,
    image        bytea       not null,
    sha256       varchar(64) not null,
    uploaded_at  timestamp with time zone not null
);

-- EclipseLink pre-allocates ids in blocks of 50 and expects the first value to be at least the block size.
create sequence audit_entry_seq start with 50 increment by 50;

create table audit_entry (
    id          bigint       not null primary key,
    occurred_at timestamp with time zone not null,
    actor       varchar(100) not null,
    action      varchar(100) not null,
    subject     varchar(200) not null,
    details     varchar(4000)
);

create index audit_entry_by_time on audit_entry (occurred_at desc);
create index audit_entry_by_actor on audit_entry (actor);
