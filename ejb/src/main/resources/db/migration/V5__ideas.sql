-- Who may submit in a phase (the first of the per-phase rules; more actions come with reactions and supports).
alter table phase add column submit_requires varchar(20) not null default 'SIGNED_IN';
alter table phase add column minimum_age integer;
alter table phase add constraint phase_submit_rule_known
    check (submit_requires in ('SIGNED_IN', 'EMAIL_CONFIRMED', 'NATIONAL_LOW', 'NATIONAL_SUBSTANTIAL', 'NATIONAL_HIGH'));

-- Ideas residents submit in an ideation phase; a place is optional (a point on the map and/or a described place).
create sequence idea_seq start with 50 increment by 50;

create table idea (
    id          bigint        not null primary key,
    version     bigint        not null,
    project_id  bigint        not null references project (id) on delete cascade,
    phase_id    bigint        not null references phase (id) on delete cascade,
    author_id   bigint        not null references resident (id),
    created_at  timestamp with time zone not null,
    title       varchar(150)  not null,
    body        varchar(5000) not null,
    place       varchar(200),
    latitude    double precision,
    longitude   double precision,
    constraint idea_point_complete check ((latitude is null) = (longitude is null)),
    constraint idea_latitude_range check (latitude is null or latitude between -90 and 90),
    constraint idea_longitude_range check (longitude is null or longitude between -180 and 180)
);

create index idea_project_created on idea (project_id, created_at desc);
