-- What residents follow: a project (news of its phases) or an idea (its statuses and official answers).
create table follow (
    resident_id bigint      not null references resident (id) on delete cascade,
    subject     varchar(10) not null,
    subject_id  bigint      not null,
    followed_at timestamp with time zone not null,
    primary key (resident_id, subject, subject_id),
    constraint follow_subject_known check (subject in ('PROJECT', 'IDEA'))
);
create index follow_subject on follow (subject, subject_id);

-- The day a phase's start was announced to the project's followers (once, by pl.wiec.projects.control.PhaseStarts).
alter table phase add column announced_on date;
-- Phases that started before this version are not announced after the fact.
update phase set announced_on = starts_on where starts_on <= current_date;
