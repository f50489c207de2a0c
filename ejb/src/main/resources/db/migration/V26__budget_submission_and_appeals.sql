-- Residents submit budget projects themselves: drafts (status DRAFT, no number yet: V24) they may edit, then submitted with the next
-- number; a cost estimate broken into items; a statement on universal design. A rejected project's author may appeal
-- within the edition's window; the appeal body's decision and its reason are published with the project.
alter table budget_project add column accessibility varchar(4000);
alter table budget_project add column appeal varchar(4000);
alter table budget_project add column appealed_at timestamp with time zone;
alter table budget_project add column appeal_allowed boolean;
alter table budget_project add column appeal_reason varchar(4000);
alter table budget_project add column appeal_decided_at timestamp with time zone;
create index budget_project_author on budget_project (author_id);

-- Verification against the checklist (formal, legal, technical, cost: null until checked), with staff's notes; and a
-- request to the author to correct the project by a day.
alter table budget_project add column check_formal boolean;
alter table budget_project add column check_legal boolean;
alter table budget_project add column check_technical boolean;
alter table budget_project add column check_cost boolean;
alter table budget_project add column check_notes varchar(4000);
alter table budget_project add column corrections varchar(4000);
alter table budget_project add column corrections_until date;

create table budget_cost_item (
    budget_project_id bigint         not null references budget_project (id) on delete cascade,
    position          integer        not null,
    name              varchar(200)   not null,
    amount            numeric(14, 2) not null check (amount > 0),
    primary key (budget_project_id, position)
);

alter table budget_edition add column appeal_days integer default 7 not null check (appeal_days >= 0);

-- Supporters of a project (the rules require a number, at most 0.1% of the pool area's residents): residents who
-- support it online (one row each, by the submission phase's support rule), plus the count of signatures on a paper
-- list the author handed in, entered by staff.
create table budget_support (
    budget_project_id bigint  not null references budget_project (id) on delete cascade,
    resident_id       bigint  not null references resident (id) on delete cascade,
    supported_at      timestamp with time zone not null,
    primary key (budget_project_id, resident_id)
);
alter table budget_project add column paper_supporters integer default 0 not null check (paper_supporters >= 0);
