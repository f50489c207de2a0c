-- Paper and postal ballots of the participatory budget: entered by staff in batches (who entered which batch is
-- recorded), each card with the voter's identity as the rules require, checked against everyone who voted already.
alter table budget_edition add column places varchar(4000);

-- The person's second name in the voter list: a keyed hash of their name and address, as paper cards carry them, so a
-- card of someone who voted online (where the ballot asked for the address) is found; unique per edition like the
-- first. Null where the voter gave no address (editions without paper, or with a PESEL on the card).
alter table budget_voter add column card_key varchar(64);
alter table budget_voter add constraint budget_voter_card_once unique (project_id, card_key);

create sequence budget_batch_seq start with 50 increment by 50;
create table budget_batch (
    id          bigint       not null primary key,
    project_id  bigint       not null references budget_edition (project_id) on delete cascade,
    channel     varchar(10)  not null check (channel in ('PAPER', 'POST')),
    place       varchar(200) not null,
    entered_by  varchar(100) not null,
    opened_at   timestamp with time zone not null,
    closed_at   timestamp with time zone,
    rekey_of    bigint       references budget_batch (id) on delete cascade,
    cards       integer      not null
);
create index budget_batch_edition on budget_batch (project_id, id);

alter table budget_ballot add column batch_id bigint references budget_batch (id);
alter table budget_ballot add column card_number integer;
-- A keyed hash of everything keyed from one card (number, identity, choices, verdict): a second person's re-keying
-- of the card gives the same hash exactly when both keyed the same.
alter table budget_ballot add column card_check varchar(64);
alter table budget_ballot add constraint budget_ballot_card unique (batch_id, card_number);

create table budget_rekey (
    batch_id     bigint      not null references budget_batch (id) on delete cascade,
    card_number  integer     not null,
    card_check   varchar(64) not null,
    primary key (batch_id, card_number)
);
