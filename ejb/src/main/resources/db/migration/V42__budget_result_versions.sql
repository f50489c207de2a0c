-- A budget edition's published result is a series of versions: the first publication and every correction after it
-- (a recount after a complaint, a card found later), each with the reason staff wrote. A version is never changed:
-- its numbers, its turnout, the receipts it counted and the documents published with it (protocol PDF and CSV, the
-- list of ballots for a recount, each with its SHA-256) are stored as they were published.
create table budget_result_version (
    project_id       bigint        not null references budget_edition (project_id) on delete cascade,
    number           integer       not null check (number >= 1),
    published_at     timestamp with time zone not null,
    published_by     varchar(200)  not null,
    reason           varchar(4000),
    counted_ballots  bigint        not null,
    rules            varchar(4000) not null,
    resolution       varchar(300),
    commission       varchar(4000),
    signed_in        varchar(200),
    protocol_pdf     bytea,
    protocol_csv     bytea,
    ballots_csv      bytea,
    protocol_pdf_sha256 varchar(64),
    protocol_csv_sha256 varchar(64),
    ballots_csv_sha256  varchar(64),
    primary key (project_id, number)
);

create table budget_result_line (
    project_id        bigint        not null,
    number            integer       not null,
    budget_project_id bigint        not null references budget_project (id) on delete cascade,
    pool_id           bigint        not null,
    project_number    integer       not null,
    title             varchar(200)  not null,
    cost              numeric(14, 2) not null,
    score             bigint        not null,
    voters            bigint        not null,
    rank_in_pool      integer       not null,
    outcome           varchar(20)   not null check (outcome in ('WON', 'DID_NOT_FIT', 'LOST')),
    primary key (project_id, number, budget_project_id),
    foreign key (project_id, number) references budget_result_version (project_id, number) on delete cascade
);

-- Voters by channel, area and age group, and invalid cards by reason (dimension INVALID), as published.
create table budget_result_turnout (
    project_id  bigint       not null,
    number      integer      not null,
    dimension   varchar(20)  not null,
    bucket      varchar(200) not null,
    voters      bigint       not null,
    primary key (project_id, number, dimension, bucket),
    foreign key (project_id, number) references budget_result_version (project_id, number) on delete cascade
);

-- The receipts each version counted, or the reason it did not: what a voter checking a receipt is told.
create table budget_result_receipt (
    project_id     bigint       not null,
    number         integer      not null,
    receipt        varchar(20)  not null,
    invalid_reason varchar(30),
    primary key (project_id, number, receipt),
    foreign key (project_id, number) references budget_result_version (project_id, number) on delete cascade
);

-- A result published before versions existed becomes version 1 without documents: none were ever stored, and its
-- page offers none (the numbers, turnout and receipts are copied as they stood).
insert into budget_result_version (project_id, number, published_at, published_by, counted_ballots, rules)
select e.project_id, 1, e.published_at, '-',
       (select count(*) from budget_ballot b where b.project_id = e.project_id and b.counted_link is not null),
       '-'
  from budget_edition e where e.published_at is not null;
insert into budget_result_line (project_id, number, budget_project_id, pool_id, project_number, title, cost, score,
                                voters, rank_in_pool, outcome)
select r.project_id, 1, r.budget_project_id, p.pool_id, coalesce(p.number, 0), p.title, p.cost, r.score, r.voters,
       r.rank_in_pool, r.outcome
  from budget_result r join budget_project p on p.id = r.budget_project_id
 where r.project_id in (select project_id from budget_result_version);
insert into budget_result_turnout (project_id, number, dimension, bucket, voters)
select t.project_id, 1, t.dimension, t.bucket, t.voters from budget_turnout t
 where t.project_id in (select project_id from budget_result_version);
insert into budget_result_turnout (project_id, number, dimension, bucket, voters)
select b.project_id, 1, 'INVALID', b.invalid_reason, count(*) from budget_ballot b
 where b.counted_link is null and b.invalid_reason is not null
   and b.project_id in (select project_id from budget_result_version)
 group by b.project_id, b.invalid_reason;
insert into budget_result_receipt (project_id, number, receipt, invalid_reason)
select b.project_id, 1, b.receipt, b.invalid_reason from budget_ballot b
 where b.project_id in (select project_id from budget_result_version);

drop table budget_result;
drop table budget_turnout;
