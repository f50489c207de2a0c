-- A resident's reaction to an idea: one per resident and idea, guaranteed by the primary key, so a double click
-- or two requests racing never count twice.
create table reaction (
    idea_id     bigint      not null references idea (id) on delete cascade,
    resident_id bigint      not null references resident (id) on delete cascade,
    kind        varchar(10) not null,
    reacted_at  timestamp with time zone not null,
    primary key (idea_id, resident_id),
    constraint reaction_kind_known check (kind in ('LIKE'))
);

create index reaction_idea on reaction (idea_id);
