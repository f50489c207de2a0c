-- A geo-survey about the park on the Netta, running now: anyone answers, also without signing in; residents who sign
-- in may change their answers until the phase ends. Page 1 asks how often one comes; "I do not come" skips page 2 (the park: a place on the map, a scale,
-- what to change) and leads to page 3 (about you: age, the neighbourhood).
insert into project (id, version, created_at, visibility, title_pl, title_en, summary_pl, summary_en, description_pl, description_en)
values (8, 1, current_timestamp, 'PUBLISHED', 'Park nad Nettą: ankieta o zmianach', 'The park on the Netta: a survey on changes',
        'Zaznacz na mapie, co w parku trzeba zmienić: ankieta zajmie pięć minut.',
        'Mark on the map what needs changing in the park: the survey takes five minutes.',
        '<p>Przed projektem zagospodarowania parku pytamy mieszkańców, z których miejsc korzystają i co trzeba tam poprawić.</p>',
        '<p>Before the park''s design we ask residents which places they use and what should be improved there.</p>');
insert into phase (id, project_id, title_pl, title_en, starts_on, ends_on, method, answer_requires)
values (17, 8, 'Ankieta o parku', 'Survey about the park', cast(current_date - interval '3' day as date), cast(current_date + interval '30' day as date), 'survey', 'ANYONE');
insert into survey_form (id, project_id, phase_id, results_public, editable) values (2, 8, 17, false, true);
insert into survey_question (id, form_id, position, kind, title_pl, title_en, required, max_choices, starts_page, page_title_pl, page_title_en, min_value, max_value)
values (3, 2, 1, 'SINGLE_CHOICE', 'Jak często bywasz w parku nad Nettą?', 'How often do you come to the park on the Netta?', true, null, false, null, null, null, null),
       (4, 2, 2, 'POINT', 'Zaznacz na mapie miejsce w parku, które trzeba zmienić', 'Mark the place in the park that needs changing', true, null, true, 'Twój park', 'Your park', null, null),
       (5, 2, 3, 'SCALE', 'Jak oceniasz oświetlenie alejek wieczorem?', 'How do you rate the lighting of the paths in the evening?', false, null, false, null, null, null, null),
       (6, 2, 4, 'LONG_TEXT', 'Co w tym miejscu trzeba zmienić?', 'What should change there?', false, null, false, null, null, null, null),
       (7, 2, 5, 'NUMBER', 'Ile masz lat?', 'How old are you?', false, null, true, 'O Tobie', 'About you', 0, 120),
       (8, 2, 6, 'SHORT_TEXT', 'Na którym osiedlu mieszkasz?', 'Which neighbourhood do you live in?', false, null, false, null, null, null, null);
insert into survey_option (id, question_id, position, label_pl, label_en, skip_to, skip_to_end)
values (9, 3, 1, 'Co tydzień', 'Every week', null, false),
       (10, 3, 2, 'Kilka razy w roku', 'A few times a year', null, false),
       (11, 3, 3, 'Nie bywam', 'I do not come', 7, false),
       (12, 5, 1, '1 – bardzo źle', '1 – very poor', null, false),
       (13, 5, 2, '2', '2', null, false),
       (14, 5, 3, '3', '3', null, false),
       (15, 5, 4, '4', '4', null, false),
       (16, 5, 5, '5 – bardzo dobrze', '5 – very good', null, false);
insert into survey_question (id, form_id, position, kind, title_pl, title_en, required, max_choices, starts_page, page_title_pl, page_title_en, min_value, max_value)
values (9, 2, 7, 'AREA', 'Zaznacz na mapie obszar, w którym brakuje zieleni', 'Mark the area on the map that lacks greenery', false, null, false, null, null, null, null);
