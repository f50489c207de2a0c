-- A proposals phase in the demo: residents' proposals for green courtyards need 20 supports within 30 days.
insert into project (id, version, created_at, visibility, title_pl, title_en, summary_pl, summary_en, description_pl, description_en)
values (4, 1, current_timestamp, 'PUBLISHED', 'Zielone podwórka', 'Green courtyards',
        'Zaproponuj zazielenienie swojego podwórka. Propozycja, która zbierze 20 poparć w 30 dni, trafi do analizy urzędu.',
        'Propose greenery for your courtyard. A proposal with 20 supports within 30 days goes to the office for analysis.',
        '<p>Miasto ma w budżecie środki na zazielenienie kilku podwórek. Zgłoś swoje podwórko i zbierz poparcie sąsiadów.</p>',
        null);

insert into phase (id, project_id, title_pl, title_en, starts_on, ends_on, method, submit_requires, support_threshold, support_days)
values (5, 4, 'Zgłaszanie i popieranie propozycji', 'Proposals and support', cast(current_date - interval '3' day as date),
        cast(current_date + interval '40' day as date), 'proposals', 'NATIONAL_LOW', 20, 30);

insert into idea (id, version, project_id, phase_id, author_id, created_at, title, body, place, supports_until)
values (5, 1, 4, 5, 900002, current_timestamp - interval '2' day, 'Drzewa na podwórku przy Rynku 12',
        'Podwórko jest całkowicie wybetonowane. Proponujemy cztery drzewa i rabatę z ławką.', 'Rynek Zygmunta Augusta 12',
        current_timestamp + interval '28' day),
       (6, 1, 4, 5, 900003, current_timestamp - interval '1' day, 'Ogród deszczowy przy ul. Kościuszki',
        'Woda z dachów stoi na podwórku po każdym deszczu. Ogród deszczowy by ją zatrzymał i dał zieleń.', 'ul. Kościuszki 7',
        current_timestamp + interval '29' day);

insert into support (idea_id, resident_id, supported_at)
values (5, 900001, current_timestamp), (5, 900003, current_timestamp), (6, 900001, current_timestamp);
