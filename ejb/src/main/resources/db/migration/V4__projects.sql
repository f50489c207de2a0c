-- Projects (participatory processes) and their phases. Every text residents read is in Polish (required) and
-- English (optional; Polish is shown where it is missing).

create sequence project_seq start with 50 increment by 50;
create sequence phase_seq start with 50 increment by 50;

create table project (
    id             bigint        not null primary key,
    version        bigint        not null,
    created_at     timestamp with time zone not null,
    visibility     varchar(20)   not null,
    title_pl       varchar(200)  not null,
    title_en       varchar(200),
    summary_pl     varchar(500)  not null,
    summary_en     varchar(500),
    -- Sanitised HTML (a safelist of harmless tags; see pl.wiec.projects.entity.RichText).
    description_pl varchar(20000),
    description_en varchar(20000),
    constraint project_visibility_known check (visibility in ('DRAFT', 'PUBLISHED', 'ARCHIVED'))
);

-- Phases of one project never overlap: the application checks it under the project's lock (a database
-- exclusion constraint needs btree_gist on PostgreSQL, which H2 has not).
create table phase (
    id          bigint       not null primary key,
    project_id  bigint       not null references project (id) on delete cascade,
    title_pl    varchar(200) not null,
    title_en    varchar(200),
    starts_on   date         not null,
    ends_on     date         not null,
    method      varchar(40)  not null,
    constraint phase_dates_in_order check (starts_on <= ends_on)
);

create index phase_project on phase (project_id, starts_on);
create index project_visibility on project (visibility);
