-- Who may answer the questions of a phase (a poll now, a survey later), as for the other actions (see V13).
alter table phase add column answer_requires varchar(30) default 'SIGNED_IN' not null;
alter table phase add column answer_minimum_age integer;
alter table phase add column answer_areas varchar(4000);
alter table phase add constraint phase_answer_rule_known
    check (answer_requires in ('SIGNED_IN', 'EMAIL_CONFIRMED', 'NATIONAL_LOW', 'NATIONAL_SUBSTANTIAL', 'NATIONAL_HIGH'));

-- The questions of a phase (component surveys): each a single or multiple choice among its options, in order.
create sequence survey_form_seq start with 50 increment by 50;
create table survey_form (
    id             bigint  not null primary key,
    project_id     bigint  not null references project (id) on delete cascade,
    phase_id       bigint  not null references phase (id) on delete cascade,
    results_public boolean default false not null,
    constraint survey_form_one_per_phase unique (phase_id)
);
create sequence survey_question_seq start with 50 increment by 50;
create table survey_question (
    id          bigint       not null primary key,
    form_id     bigint       not null references survey_form (id) on delete cascade,
    position    integer      not null,
    kind        varchar(20)  not null check (kind in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE')),
    title_pl    varchar(500) not null,
    title_en    varchar(500),
    required    boolean      not null,
    max_choices integer
);
create index survey_question_form on survey_question (form_id, position);
create sequence survey_option_seq start with 50 increment by 50;
create table survey_option (
    id          bigint       not null primary key,
    question_id bigint       not null references survey_question (id) on delete cascade,
    position    integer      not null,
    label_pl    varchar(300) not null,
    label_en    varchar(300)
);
create index survey_option_question on survey_option (question_id, position);

-- Answers: one response per respondent and form (the unique key, not only the code, keeps it so), and the options it
-- chose. A response records its channel, so that offline answers count alongside online ones.
create sequence survey_response_seq start with 50 increment by 50;
create table survey_response (
    id            bigint      not null primary key,
    form_id       bigint      not null references survey_form (id) on delete cascade,
    respondent_id bigint      references resident (id),
    channel       varchar(20) not null check (channel in ('ONLINE', 'PAPER', 'CONSULTATION_POINT', 'EVENT', 'POST')),
    submitted_at  timestamp with time zone not null,
    constraint survey_response_once unique (form_id, respondent_id)
);
create table survey_selection (
    response_id bigint not null references survey_response (id) on delete cascade,
    question_id bigint not null references survey_question (id) on delete cascade,
    option_id   bigint not null references survey_option (id) on delete cascade,
    primary key (response_id, option_id)
);
create index survey_selection_option on survey_selection (question_id, option_id);
