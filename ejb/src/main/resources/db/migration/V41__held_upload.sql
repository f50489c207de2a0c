-- A file chosen in a form whose other fields were refused (platform.boundary.HeldUploads): held here, not in the
-- session, until the form is sent again or a day has passed, so that nobody chooses it twice and no node holds it.
create table held_upload (
    id          varchar(36)              not null primary key,
    holder      varchar(200)             not null,
    file_name   varchar(255)             not null,
    content     bytea                    not null,
    held_at     timestamp with time zone not null
);
create index held_upload_held_at on held_upload (held_at);
