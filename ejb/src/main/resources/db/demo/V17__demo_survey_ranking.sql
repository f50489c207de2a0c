-- The park survey asks residents to rank what to do first (optional, on the park's page after "what should change"):
-- four options, each given its own place. The questions after it move one down.
update survey_question set position = position + 1 where form_id = 2 and position >= 7;
insert into survey_question (id, form_id, position, kind, title_pl, title_en, required, max_choices, starts_page)
values (12, 2, 7, 'RANKING', 'Co w parku zrobić najpierw? Ustaw w kolejności', 'What should the park get first? Put in order',
        false, null, false);
insert into survey_option (id, question_id, position, label_pl, label_en, skip_to, skip_to_end)
values (27, 12, 1, 'nowe oświetlenie alejek', 'new lighting of the paths', null, false),
       (28, 12, 2, 'więcej ławek', 'more benches', null, false),
       (29, 12, 3, 'toaleta publiczna', 'a public toilet', null, false),
       (30, 12, 4, 'plac zabaw dla starszych dzieci', 'a playground for older children', null, false);
