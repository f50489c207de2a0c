-- An import of paper answers runs in the background: the job records how far it is (rows checked, then rows stored),
-- so that the page that started it, on any node of a cluster, shows its progress and then its outcome. A rejected
-- file's problems are kept with the job (at most 200, row by row), as the page lists them.
create sequence survey_import_job_seq start with 1 increment by 1;
create table survey_import_job (
    id             bigint       not null primary key,
    phase_id       bigint       not null references phase (id) on delete cascade,
    file_name      varchar(255) not null,
    started_by     varchar(100) not null,
    started_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    stage          varchar(20)  not null check (stage in ('CHECKING', 'STORING', 'DONE', 'REJECTED', 'FAILED')),
    rows_done      integer      default 0 not null,
    rows_total     integer      default 0 not null,
    imported       integer      default 0 not null,
    problems_total integer      default 0 not null
);
create index survey_import_job_phase on survey_import_job (phase_id);

create table survey_import_job_problem (
    job_id      bigint       not null references survey_import_job (id) on delete cascade,
    position    integer      not null,
    row_number  integer      not null,
    column_name varchar(255) not null,
    problem     varchar(30)  not null,
    primary key (job_id, position)
);
