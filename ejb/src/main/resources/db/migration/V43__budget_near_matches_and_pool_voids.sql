-- A rule of an edition for paper cards: whether a defect in one pool (too many or too few marks, over the pool's
-- amount) voids only that pool rather than the whole card (Kraków's rule).
alter table budget_edition add column pool_defect_voids_pool boolean default false not null;

-- The pools of a counted card that do not count, and why: the card counts in the others.
create table budget_ballot_void (
    receipt  varchar(20) not null references budget_ballot (receipt) on delete cascade,
    pool_id  bigint      not null references budget_pool (id),
    reason   varchar(30) not null,
    primary key (receipt, pool_id)
);

-- Near matches across channels. building_key is a keyed hash of the normalised street and building (the address
-- without a flat number), so voters of one building are found by an index; sealed_identity is the name and address
-- the voter gave, encrypted (AES-GCM) under a key derived from the installation's secret, so that a clerk can see two
-- near records side by side. Both are kept only where cards are matched by name and address, and the sealed identity
-- only until the result is first published. merged_into marks a voter a clerk decided to be the same person as
-- another: they are counted once in the turnout, and their later ballot by the edition's double-vote rule.
alter table budget_voter add column building_key varchar(64);
alter table budget_voter add column sealed_identity varchar(2000);
alter table budget_voter add column merged_into bigint;
create index budget_voter_building on budget_voter (project_id, building_key);

-- A clerk's decision on a near match: the same person or two people. The pair is the two voters' ids, lower first.
create table budget_near_match (
    project_id   bigint       not null references budget_edition (project_id) on delete cascade,
    voter_a      bigint       not null,
    voter_b      bigint       not null,
    same_person  boolean      not null,
    decided_by   varchar(100) not null,
    decided_at   timestamp with time zone not null,
    primary key (project_id, voter_a, voter_b)
);
