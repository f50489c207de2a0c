-- Areas (osiedla, sołectwa, the whole gmina) and topics of the municipality, and which of them a project concerns.
create sequence area_seq start with 50 increment by 50;
create sequence topic_seq start with 50 increment by 50;

create table area (
    id        bigint       not null primary key,
    name_pl   varchar(100) not null unique,
    name_en   varchar(100),
    code      varchar(20),
    position  integer      not null
);

create table topic (
    id        bigint       not null primary key,
    name_pl   varchar(100) not null unique,
    name_en   varchar(100),
    position  integer      not null
);

create table project_area (
    project_id bigint not null references project (id) on delete cascade,
    area_id    bigint not null references area (id) on delete cascade,
    primary key (project_id, area_id)
);

create table project_topic (
    project_id bigint not null references project (id) on delete cascade,
    topic_id   bigint not null references topic (id) on delete cascade,
    primary key (project_id, topic_id)
);
