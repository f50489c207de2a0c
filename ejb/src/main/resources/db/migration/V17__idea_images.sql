-- Photos residents add to their ideas (PNG, JPEG or WebP by their bytes, at most 3 per idea), each with a
-- description for people who cannot see it.
create sequence idea_image_seq start with 50 increment by 50;
create table idea_image (
    id           bigint       not null primary key,
    idea_id      bigint       not null references idea (id) on delete cascade,
    content_type varchar(20)  not null,
    image        bytea        not null,
    sha256       varchar(64)  not null,
    description  varchar(300) not null,
    uploaded_at  timestamp with time zone not null
);
create index idea_image_idea on idea_image (idea_id, id);
