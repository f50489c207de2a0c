-- Ambassadors (component offline): residents whom staff entrusted with keying in the paper forms of a project. Staff
-- hand out a one-time invitation link (its SHA-256 is stored, never the link); the resident who opens it signed in
-- becomes the project's ambassador.
create table project_ambassador (
    project_id  bigint       not null references project (id) on delete cascade,
    resident_id bigint       not null references resident (id) on delete cascade,
    since       timestamp with time zone not null,
    invited_by  varchar(100) not null,
    primary key (project_id, resident_id)
);
create table ambassador_invitation (
    token_hash  varchar(64)  not null primary key,
    project_id  bigint       not null references project (id) on delete cascade,
    invited_by  varchar(100) not null,
    expires_at  timestamp with time zone not null,
    accepted_at timestamp with time zone
);

-- A file of paper answers imported at once: its SHA-256 keeps the same file from counting twice.
create sequence survey_import_seq start with 50 increment by 50;
create table survey_import (
    id          bigint       not null primary key,
    form_id     bigint       not null references survey_form (id) on delete cascade,
    file_hash   varchar(64)  not null,
    file_name   varchar(255) not null,
    row_count   integer      not null,
    imported_by varchar(100) not null,
    imported_at timestamp with time zone not null,
    constraint survey_import_once unique (form_id, file_hash)
);

-- A keyed response says where it was collected and who keyed it (a staff login, or the ambassador's account); the key
-- the entry screen gives each form makes a resent form count once.
alter table survey_response add column place varchar(200);
alter table survey_response add column keyed_by_staff varchar(100);
alter table survey_response add column keyed_by_resident bigint references resident (id);
alter table survey_response add column entry_key varchar(64);
alter table survey_response add column import_id bigint references survey_import (id) on delete cascade;
alter table survey_response add constraint survey_response_entered_once unique (entry_key);
create index survey_response_form_channel on survey_response (form_id, channel);

-- A selection carries its response's form and channel (they never change), and respondent_count: 1 on the response's
-- first selection in the question, else 0; results are then one scan of the form's selections (summing
-- respondent_count per question counts its respondents), without a join or a count(distinct).
alter table survey_selection add column form_id bigint;
alter table survey_selection add column channel varchar(20);
alter table survey_selection add column respondent_count smallint default 0 not null check (respondent_count in (0, 1));
update survey_selection set form_id = (select r.form_id from survey_response r where r.id = survey_selection.response_id),
                            channel = (select r.channel from survey_response r where r.id = survey_selection.response_id);
update survey_selection set respondent_count = 1
 where option_id = (select min(x.option_id) from survey_selection x
                     where x.response_id = survey_selection.response_id and x.question_id = survey_selection.question_id);
alter table survey_selection alter column form_id set not null;
alter table survey_selection alter column channel set not null;
create index survey_selection_form on survey_selection (form_id, question_id, option_id, channel, respondent_count);
