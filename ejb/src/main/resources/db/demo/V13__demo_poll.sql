-- A quick poll on the market square, running now: two questions, answered by anyone signed in; residents see the
-- results once they have answered.
insert into project (id, version, created_at, visibility, title_pl, title_en, summary_pl, summary_en, description_pl, description_en)
values (7, 1, current_timestamp, 'PUBLISHED', 'Rynek bez samochodów? Szybka sonda', 'A car-free market square? A quick poll',
        'Dwa pytania o weekendy na Rynku: odpowiedź zajmie minutę.',
        'Two questions about weekends on the market square: answering takes a minute.',
        '<p>Latem chcemy sprawdzić, czy Rynek w soboty i niedziele może być wolny od samochodów. Zanim zdecydujemy, pytamy mieszkańców.</p>',
        '<p>This summer we want to try a market square free of cars on Saturdays and Sundays. Before we decide, we ask residents.</p>');
insert into phase (id, project_id, title_pl, title_en, starts_on, ends_on, method)
values (16, 7, 'Sonda', 'Poll', cast(current_date - interval '2' day as date), cast(current_date + interval '20' day as date), 'poll');
insert into survey_form (id, project_id, phase_id, results_public) values (1, 7, 16, true);
insert into survey_question (id, form_id, position, kind, title_pl, title_en, required, max_choices)
values (1, 1, 1, 'SINGLE_CHOICE', 'Czy Rynek powinien być wolny od samochodów w weekendy?',
        'Should the market square be free of cars at weekends?', true, null),
       (2, 1, 2, 'MULTIPLE_CHOICE', 'Co najbardziej przydałoby się na Rynku? (najwyżej dwie odpowiedzi)',
        'What would the market square need most? (two answers at most)', false, 2);
insert into survey_option (id, question_id, position, label_pl, label_en)
values (1, 1, 1, 'Tak', 'Yes'), (2, 1, 2, 'Nie', 'No'), (3, 1, 3, 'Nie mam zdania', 'No opinion'),
       (4, 2, 1, 'Więcej zieleni', 'More greenery'), (5, 2, 2, 'Ławki w cieniu', 'Benches in the shade'),
       (6, 2, 3, 'Fontanna', 'A fountain'), (7, 2, 4, 'Ogródki kawiarniane', 'Café gardens'),
       (8, 2, 5, 'Stojaki na rowery', 'Bicycle racks');
alter sequence survey_form_seq restart with 100;
alter sequence survey_question_seq restart with 100;
alter sequence survey_option_seq restart with 100;
