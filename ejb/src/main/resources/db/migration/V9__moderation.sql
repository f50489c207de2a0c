-- Moderation: residents flag ideas and comments; posts with a blocked word are held for review instead of published;
-- moderators hide (with a reason the author sees) or restore. One case per piece of content.
create sequence moderation_case_seq start with 50 increment by 50;

create table moderation_case (
    id           bigint       not null primary key,
    version      bigint       not null,
    content_type varchar(20)  not null,
    content_id   bigint       not null,
    project_id   bigint       not null,
    excerpt      varchar(300) not null,
    cause        varchar(20)  not null,
    flags        integer      not null default 0,
    state        varchar(20)  not null,
    reason       varchar(500),
    decided_by   varchar(100),
    decided_at   timestamp with time zone,
    opened_at    timestamp with time zone not null,
    constraint moderation_case_content unique (content_type, content_id),
    constraint moderation_case_type_known check (content_type in ('IDEA', 'COMMENT')),
    constraint moderation_case_cause_known check (cause in ('HELD', 'FLAGGED')),
    constraint moderation_case_state_known check (state in ('OPEN', 'HIDDEN', 'RESTORED'))
);

create table moderation_flag (
    case_id     bigint       not null references moderation_case (id) on delete cascade,
    resident_id bigint       not null references resident (id) on delete cascade,
    reason      varchar(500),
    flagged_at  timestamp with time zone not null,
    primary key (case_id, resident_id)
);

create table blocked_word (
    word varchar(100) not null primary key
);

alter table idea add column visibility varchar(10) not null default 'VISIBLE';
alter table idea add column moderation_reason varchar(500);
alter table idea_comment add column visibility varchar(10) not null default 'VISIBLE';
alter table idea_comment add column moderation_reason varchar(500);

create index moderation_case_open on moderation_case (state, opened_at);
