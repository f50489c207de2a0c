-- Comments under ideas, threaded one level deep (a reply answers a top-level comment). A deleted comment keeps its
-- place (and its replies) with the text removed.
create sequence comment_seq start with 50 increment by 50;

create table idea_comment (
    id          bigint        not null primary key,
    version     bigint        not null,
    idea_id     bigint        not null references idea (id) on delete cascade,
    parent_id   bigint        references idea_comment (id) on delete cascade,
    author_id   bigint        not null references resident (id),
    created_at  timestamp with time zone not null,
    edited_at   timestamp with time zone,
    deleted_at  timestamp with time zone,
    body        varchar(3000)
);

create index idea_comment_idea on idea_comment (idea_id, created_at);
