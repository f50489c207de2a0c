-- Documents of a project residents download (the consulted draft, maps, reports): PDF, office documents (OOXML,
-- OpenDocument) and pictures, checked by their bytes, at most 20 MB each.
create sequence attachment_seq start with 50 increment by 50;
create table project_attachment (
    id           bigint        not null primary key,
    project_id   bigint        not null references project (id) on delete cascade,
    title        varchar(200)  not null,
    file_name    varchar(200)  not null,
    content_type varchar(100)  not null,
    size_bytes   integer       not null,
    content      bytea         not null,
    uploaded_at  timestamp with time zone not null
);
create index project_attachment_project on project_attachment (project_id, id);
