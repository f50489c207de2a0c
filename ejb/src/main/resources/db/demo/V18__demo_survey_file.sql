-- The park survey lets residents attach a photo or a sketch of the place (optional, on the park's page after the
-- ranking). Paper forms say it can be attached only online. The questions after it move one down.
update survey_question set position = position + 1 where form_id = 2 and position >= 8;
insert into survey_question (id, form_id, position, kind, title_pl, title_en, required, max_choices, starts_page)
values (13, 2, 8, 'FILE', 'Masz zdjęcie albo szkic tego miejsca? Dołącz plik', 'Have a photo or a sketch of the place? Attach it',
        false, null, false);
