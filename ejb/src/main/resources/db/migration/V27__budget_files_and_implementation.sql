-- Files of a budget project: documents anyone may download once it is submitted (drawings, maps, photos of the
-- place) and the scanned paper list of supporters, which holds names, addresses and signatures and is therefore seen
-- only by its author and staff. Either is uploaded by the author while they may edit the project, or by staff.
create sequence budget_file_seq start with 50 increment by 50;
create table budget_file (
    id                bigint        not null primary key,
    budget_project_id bigint        not null references budget_project (id) on delete cascade,
    kind              varchar(20)   not null check (kind in ('DOCUMENT', 'SUPPORTERS')),
    title             varchar(200)  not null,
    file_name         varchar(200)  not null,
    content_type      varchar(100)  not null,
    size_bytes        integer       not null,
    content           bytea         not null,
    uploaded_at       timestamp with time zone not null,
    by_staff          boolean       not null
);
create index budget_file_project on budget_file (budget_project_id, id);

-- Implementation of the winning projects: staff report each step (its stage and what happened), residents read the
-- history; the project keeps its latest stage.
alter table budget_project add column stage varchar(20);
create sequence budget_progress_seq start with 50 increment by 50;
create table budget_progress (
    id                bigint        not null primary key,
    budget_project_id bigint        not null references budget_project (id) on delete cascade,
    stage             varchar(20)   not null,
    note              varchar(4000) not null,
    reported_on       date          not null,
    reported_at       timestamp with time zone not null
);
create index budget_progress_project on budget_progress (budget_project_id, reported_on, id);
