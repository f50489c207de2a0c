-- File questions: a person attaches a photo, a scan, a drawing or a document online. The file is stored when chosen,
-- before any response exists (a draft or an anonymous session holds answers first), held by its resident or by the
-- key of an anonymous session's response; the answer holds its id. Files in no response and no draft are purged.
alter table survey_question drop constraint survey_question_kind_known;
alter table survey_question add constraint survey_question_kind_known check (kind in ('SINGLE_CHOICE',
    'MULTIPLE_CHOICE', 'SCALE', 'RANKING', 'SHORT_TEXT', 'LONG_TEXT', 'NUMBER', 'DATE', 'POINT', 'LINE', 'AREA',
    'FILE'));
create sequence survey_attachment_seq start with 50 increment by 50;
create table survey_attachment (
    id           bigint        not null primary key,
    form_id      bigint        not null references survey_form (id) on delete cascade,
    question_id  bigint        not null references survey_question (id) on delete cascade,
    resident_id  bigint        references resident (id) on delete cascade,
    holder_key   varchar(64),
    file_name    varchar(200)  not null,
    content_type varchar(100)  not null,
    size_bytes   integer       not null,
    content      bytea         not null,
    uploaded_at  timestamp with time zone not null,
    constraint survey_attachment_one_holder check ((resident_id is null) <> (holder_key is null))
);
create index survey_attachment_form on survey_attachment (form_id, question_id);
alter table survey_value add column attachment_id bigint references survey_attachment (id) on delete cascade;
create index survey_value_attachment on survey_value (attachment_id);
