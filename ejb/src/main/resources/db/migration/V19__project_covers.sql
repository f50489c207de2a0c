-- A project's cover picture (PNG, JPEG or WebP by its bytes) with a description for people who cannot see it; the
-- project row knows whether there is one (and its hash, which changes its address when it changes).
create table project_cover (
    project_id   bigint       not null primary key references project (id) on delete cascade,
    content_type varchar(20)  not null,
    image        bytea        not null,
    uploaded_at  timestamp with time zone not null
);
alter table project add column cover_sha256 varchar(64);
alter table project add column cover_description varchar(300);
