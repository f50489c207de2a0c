-- An option of a choice may show a picture (a design variant, a place): its description (what a screen reader reads,
-- required in Polish) and the picture's SHA-256 on the option, read with the form; the bytes, stripped of metadata,
-- in their own table, read only when served.
alter table survey_option add column image_sha256 varchar(64);
alter table survey_option add column image_description_pl varchar(300);
alter table survey_option add column image_description_en varchar(300);
create table survey_option_image (
    option_id    bigint       not null primary key references survey_option (id) on delete cascade,
    content_type varchar(20)  not null,
    image        bytea        not null,
    uploaded_at  timestamp with time zone not null
);
