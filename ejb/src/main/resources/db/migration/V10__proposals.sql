-- Proposals: in a phase with the proposals method, an idea needs N supports within D days (set per phase); it
-- changes status by itself when it reaches N or when the D days pass.
alter table phase add column support_threshold integer;
alter table phase add column support_days integer;
alter table idea add column supports_until timestamp with time zone;

insert into idea_status (status_key, label_pl, label_en, colour, position) values
    ('threshold', 'Wymagane poparcie zebrane', 'Support threshold reached', '#1e6b34', 6),
    ('expired', 'Nie zebrano poparcia w terminie', 'Not enough support in time', '#4a4a4a', 7);

-- One support per resident and proposal, guaranteed by the primary key.
create table support (
    idea_id      bigint not null references idea (id) on delete cascade,
    resident_id  bigint not null references resident (id) on delete cascade,
    supported_at timestamp with time zone not null,
    primary key (idea_id, resident_id)
);

create index idea_supports_until on idea (status_key, supports_until);
