-- The park survey's lighting scale becomes the first row of a matrix "How do you rate in the park…", with two more
-- rows (cleanliness; benches and places to rest), optional, on the same five points: one table on the park's page.
update survey_question set position = position + 2 where form_id = 2 and position >= 4;
update survey_question
   set title_pl = 'oświetlenie alejek wieczorem', title_en = 'the lighting of the paths in the evening',
       grid_title_pl = 'Jak oceniasz w parku…', grid_title_en = 'How do you rate in the park…'
 where id = 5;
insert into survey_question (id, form_id, position, kind, title_pl, title_en, required, max_choices, starts_page,
                             grid_title_pl, grid_title_en)
values (10, 2, 4, 'SCALE', 'czystość', 'cleanliness', false, null, false, 'Jak oceniasz w parku…', 'How do you rate in the park…'),
       (11, 2, 5, 'SCALE', 'ławki i miejsca do odpoczynku', 'benches and places to rest', false, null, false,
        'Jak oceniasz w parku…', 'How do you rate in the park…');
insert into survey_option (id, question_id, position, label_pl, label_en, skip_to, skip_to_end)
values (17, 10, 1, '1 – bardzo źle', '1 – very poor', null, false),
       (18, 10, 2, '2', '2', null, false),
       (19, 10, 3, '3', '3', null, false),
       (20, 10, 4, '4', '4', null, false),
       (21, 10, 5, '5 – bardzo dobrze', '5 – very good', null, false),
       (22, 11, 1, '1 – bardzo źle', '1 – very poor', null, false),
       (23, 11, 2, '2', '2', null, false),
       (24, 11, 3, '3', '3', null, false),
       (25, 11, 4, '4', '4', null, false),
       (26, 11, 5, '5 – bardzo dobrze', '5 – very good', null, false);
