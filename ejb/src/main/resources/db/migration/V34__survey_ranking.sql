-- Ranking questions: a resident puts every option of the question in order, most important first. Each option chosen
-- is a selection as before, with its place in the order (1 for the first); other choices leave the place empty.
alter table survey_question drop constraint survey_question_kind_known;
alter table survey_question add constraint survey_question_kind_known check (kind in ('SINGLE_CHOICE',
    'MULTIPLE_CHOICE', 'SCALE', 'RANKING', 'SHORT_TEXT', 'LONG_TEXT', 'NUMBER', 'DATE', 'POINT', 'LINE', 'AREA'));
alter table survey_selection add column choice_rank integer;
alter table survey_selection add constraint survey_selection_rank_positive check (choice_rank is null or choice_rank > 0);
