-- What staff do with residents' ideas: a status (labels and colours are the installation's own; these are the
-- defaults), an assignee, an official answer published under the idea, and internal notes residents never see.
create table idea_status (
    status_key varchar(30)  not null primary key,
    label_pl   varchar(60)  not null,
    label_en   varchar(60),
    colour     varchar(7)   not null,
    position   integer      not null
);

insert into idea_status (status_key, label_pl, label_en, colour, position) values
    ('submitted', 'Zgłoszony', 'Submitted', '#4a4a4a', 1),
    ('review', 'W analizie', 'Under review', '#8a5300', 2),
    ('accepted', 'Przyjęty', 'Accepted', '#1e6b34', 3),
    ('rejected', 'Odrzucony', 'Rejected', '#b00020', 4),
    ('implemented', 'Zrealizowany', 'Implemented', '#1d4f91', 5);

alter table idea add column status_key varchar(30) not null default 'submitted' references idea_status (status_key);
alter table idea add column assignee varchar(100);
alter table idea add column feedback varchar(5000);
alter table idea add column feedback_at timestamp with time zone;
alter table idea add column feedback_by varchar(100);

create sequence idea_note_seq start with 50 increment by 50;

create table idea_note (
    id         bigint        not null primary key,
    idea_id    bigint        not null references idea (id) on delete cascade,
    author     varchar(100)  not null,
    created_at timestamp with time zone not null,
    body       varchar(3000) not null
);

create index idea_status_project on idea (project_id, status_key);
create index idea_note_idea on idea_note (idea_id, created_at);
