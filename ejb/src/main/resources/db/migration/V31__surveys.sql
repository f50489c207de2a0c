-- Surveys (component surveys, method "survey"): the forms polls use, with more kinds of question, pages with titles,
-- skip logic, answers that are values (text, a number, a date, a point on the map), drafts kept between visits, and
-- answers a resident may change until the phase ends where staff allow it.

-- The kind's check lists the new kinds (the column is rebuilt: V28's check has no name to drop it by).
alter table survey_question add column question_kind varchar(20);
update survey_question set question_kind = kind;
alter table survey_question drop column kind;
alter table survey_question rename column question_kind to kind;
alter table survey_question alter column kind set not null;
alter table survey_question add constraint survey_question_kind_known check (kind in ('SINGLE_CHOICE',
    'MULTIPLE_CHOICE', 'SCALE', 'SHORT_TEXT', 'LONG_TEXT', 'NUMBER', 'DATE', 'POINT', 'LINE', 'AREA'));
-- A question may begin a new page, which then carries its title (the section's heading); a number's bounds.
alter table survey_question add column starts_page boolean default false not null;
alter table survey_question add column page_title_pl varchar(300);
alter table survey_question add column page_title_en varchar(300);
alter table survey_question add column min_value numeric(18, 4);
alter table survey_question add column max_value numeric(18, 4);
-- Skip logic: choosing the option leads, once its page is done, to the page holding question skip_to (null: the next
-- page), or with skip_to_end to the end of the form.
alter table survey_option add column skip_to bigint;
alter table survey_option add column skip_to_end boolean default false not null;
-- An option may be "other": whoever chooses it may say what in a line of text (kept as the question's value).
alter table survey_option add column other boolean default false not null;
-- Whether residents may change their answers while the phase runs, and when a response last changed.
alter table survey_form add column editable boolean default false not null;
alter table survey_response add column changed_at timestamp with time zone;

-- An answer that is a value rather than options: text, a number, a date, a point (WGS 84), or a line or an area drawn
-- on the map (its points as "lat lng,lat lng,..."). It carries its response's
-- form and channel, as selections do, so that results read the form's values in one scan.
create table survey_value (
    response_id  bigint      not null references survey_response (id) on delete cascade,
    question_id  bigint      not null references survey_question (id) on delete cascade,
    form_id      bigint      not null,
    channel      varchar(20) not null,
    text_value   varchar(4000),
    number_value numeric(18, 4),
    date_value   date,
    latitude     double precision,
    longitude    double precision,
    shape        varchar(25000),
    primary key (response_id, question_id)
);
create index survey_value_form on survey_value (form_id, question_id);

-- What a resident answered so far and has not sent: one draft per person and form, as JSON, gone once sent.
create table survey_draft (
    form_id     bigint         not null references survey_form (id) on delete cascade,
    resident_id bigint         not null references resident (id) on delete cascade,
    answers     varchar(200000) not null,
    page        integer        not null,
    saved_at    timestamp with time zone not null,
    primary key (form_id, resident_id)
);

-- Anyone, without signing in, may answer where staff choose it (a survey open to all; only the answer rule offers it).
alter table phase drop constraint phase_answer_rule_known;
alter table phase add constraint phase_answer_rule_known check (answer_requires in ('ANYONE', 'SIGNED_IN',
    'EMAIL_CONFIRMED', 'NATIONAL_LOW', 'NATIONAL_SUBSTANTIAL', 'NATIONAL_HIGH'));
