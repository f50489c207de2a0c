-- Budżet obywatelski (participatory budget). An edition is a project whose phases are the budget's stages; the
-- edition row holds the rules that differ between municipalities (all configuration, never code).
alter table phase add column vote_requires varchar(30) default 'SIGNED_IN' not null;
alter table phase add column vote_minimum_age integer;
alter table phase add column vote_areas varchar(4000);
alter table phase add constraint phase_vote_rule_known
    check (vote_requires in ('SIGNED_IN', 'EMAIL_CONFIRMED', 'NATIONAL_LOW', 'NATIONAL_SUBSTANTIAL', 'NATIONAL_HIGH'));

create table budget_edition (
    project_id        bigint       not null primary key references project (id) on delete cascade,
    version           bigint       not null,
    conflict_rule     varchar(20)  not null check (conflict_rule in ('FIRST_COUNTS', 'ALL_INVALID')),
    tie_break         varchar(20)  not null check (tie_break in ('LOWER_COST', 'EARLIER_SUBMISSION', 'LOT')),
    filling           varchar(20)  not null check (filling in ('SKIP_UNFITTING', 'STOP_AT_UNFITTING')),
    lot_seed          varchar(100),
    online_channel    boolean      not null,
    paper_channel     boolean      not null,
    post_channel      boolean      not null,
    requires_pesel    boolean      not null,
    supporters        integer      not null check (supporters >= 0),
    published_at      timestamp with time zone
);

create sequence budget_pool_seq start with 50 increment by 50;
create table budget_pool (
    id           bigint        not null primary key,
    project_id   bigint        not null references budget_edition (project_id) on delete cascade,
    position     integer       not null,
    name_pl      varchar(200)  not null,
    name_en      varchar(200),
    amount       numeric(14, 2) not null check (amount > 0),
    cost_cap     numeric(14, 2) check (cost_cap > 0),
    area_id      bigint        references area (id),
    method       varchar(20)   not null check (method in ('ONE_VOTE', 'APPROVAL', 'RANKED', 'ALLOCATION')),
    min_choices  integer       not null check (min_choices >= 0),
    max_choices  integer       not null check (max_choices >= 1),
    points       varchar(100)
);
create index budget_pool_edition on budget_pool (project_id, position);

create sequence budget_project_seq start with 50 increment by 50;
create table budget_project (
    id              bigint         not null primary key,
    version         bigint         not null,
    project_id      bigint         not null references budget_edition (project_id) on delete cascade,
    pool_id         bigint         not null references budget_pool (id),
    number          integer,
    title           varchar(200)   not null,
    summary         varchar(4000)  not null,
    location        varchar(300),
    cost            numeric(14, 2) not null check (cost > 0),
    status          varchar(20)    not null check (status in ('DRAFT', 'SUBMITTED', 'CORRECTIONS', 'ADMITTED', 'REJECTED')),
    author_id       bigint         references resident (id) on delete set null,
    submitted_at    timestamp with time zone not null,
    decided_at      timestamp with time zone,
    decision_reason varchar(4000),
    constraint budget_project_number unique (project_id, number)
);
create index budget_project_pool on budget_project (pool_id, status);

-- Who has voted, kept apart from what they voted: voter_key is a keyed hash of the person (HMAC with the server's
-- secret), unique per edition, so a person has one ballot whatever the channel and however many requests race.
create sequence budget_voter_seq start with 50 increment by 50;
create table budget_voter (
    id          bigint       not null primary key,
    project_id  bigint       not null references budget_edition (project_id) on delete cascade,
    voter_key   varchar(64)  not null,
    channel     varchar(10)  not null check (channel in ('ONLINE', 'PAPER', 'POST')),
    voted_on    date         not null,
    area        varchar(200),
    age_group   varchar(10),
    constraint budget_voter_once unique (project_id, voter_key)
);

-- The ballots: found from a voter only through another keyed hash (link), with a random receipt as their key and
-- the day only, so that neither ids nor times join them to budget_voter. counted_link is the link while the ballot
-- counts (null when invalid): one counted ballot per person, enforced here.
create table budget_ballot (
    receipt        varchar(20)  not null primary key,
    project_id     bigint       not null references budget_edition (project_id) on delete cascade,
    link           varchar(64)  not null,
    counted_link   varchar(64),
    channel        varchar(10)  not null check (channel in ('ONLINE', 'PAPER', 'POST')),
    cast_on        date         not null,
    invalid_reason varchar(30),
    constraint budget_ballot_counted_once unique (project_id, counted_link)
);
create index budget_ballot_link on budget_ballot (project_id, link);

create table budget_choice (
    receipt           varchar(20) not null references budget_ballot (receipt) on delete cascade,
    budget_project_id bigint      not null references budget_project (id),
    pool_id           bigint      not null references budget_pool (id),
    points            integer     not null check (points > 0),
    primary key (receipt, budget_project_id)
);
create index budget_choice_pool on budget_choice (pool_id);

-- The published result of each project (the count as staff published it) and the edition's turnout.
create table budget_result (
    budget_project_id bigint   not null primary key references budget_project (id) on delete cascade,
    project_id        bigint   not null references budget_edition (project_id) on delete cascade,
    score             bigint   not null,
    voters            bigint   not null,
    rank_in_pool      integer  not null,
    outcome           varchar(20) not null check (outcome in ('WON', 'DID_NOT_FIT', 'LOST'))
);
create table budget_turnout (
    project_id  bigint       not null references budget_edition (project_id) on delete cascade,
    dimension   varchar(20)  not null,
    bucket      varchar(200) not null,
    voters      bigint       not null,
    primary key (project_id, dimension, bucket)
);
