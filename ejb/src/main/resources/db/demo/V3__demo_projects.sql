-- Demo projects of Augustów, dated from the day the demo database was created.
insert into project (id, version, created_at, visibility, title_pl, title_en, summary_pl, summary_en, description_pl, description_en)
values (1, 1, current_timestamp, 'PUBLISHED',
        'Nowy bulwar nad Nettą', 'A new boulevard on the Netta',
        'Jak ma wyglądać bulwar między mostem a plażą miejską? Zbieramy pomysły mieszkańców przed projektem.',
        'What should the boulevard between the bridge and the town beach look like? We collect residents'' ideas before the design.',
        '<p>Miasto przygotowuje projekt zagospodarowania bulwaru nad rzeką Nettą. Zanim architekci zaczną rysować, chcemy wiedzieć, czego potrzebują mieszkańcy: ławek, zieleni, miejsc do zabawy, przystani kajakowej?</p><h2>Jak wziąć udział</h2><ul><li>przeczytaj informacje o terenie,</li><li>zgłoś pomysł w etapie zbierania pomysłów,</li><li>przyjdź na spacer badawczy.</li></ul>',
        '<p>The town is preparing a design for the boulevard on the Netta river. Before the architects start drawing, we want to know what residents need: benches, greenery, play areas, a kayak marina?</p>'),
       (2, 1, current_timestamp, 'PUBLISHED',
        'Strategia rozwoju miasta do 2035 roku', null,
        'Konsultacje projektu strategii: cele, kierunki działań i wskaźniki. Zapoznaj się z dokumentem.',
        null,
        '<p>Projekt strategii rozwoju Augustowa na lata 2026–2035 został przyjęty do konsultacji. Dokument opisuje cele w obszarach gospodarki, turystyki, środowiska i usług publicznych.</p>',
        null),
       (3, 1, current_timestamp, 'DRAFT',
        'Budżet obywatelski 2027 (w przygotowaniu)', null,
        'Edycja w przygotowaniu: regulamin i harmonogram wkrótce.', null, null, null);

insert into phase (id, project_id, title_pl, title_en, starts_on, ends_on, method)
values (1, 1, 'Informacja o terenie', 'About the site', cast(current_date - interval '20' day as date), cast(current_date - interval '6' day as date), 'information'),
       (2, 1, 'Zbieranie pomysłów', 'Idea collection', cast(current_date - interval '5' day as date), cast(current_date + interval '25' day as date), 'information'),
       (3, 1, 'Podsumowanie i raport', 'Summary and report', cast(current_date + interval '26' day as date), cast(current_date + interval '45' day as date), 'information'),
       (4, 2, 'Konsultacje dokumentu', null, cast(current_date - interval '2' day as date), cast(current_date + interval '28' day as date), 'information');

-- The application numbers rows in blocks of 50 ending at the sequence's value: move the sequences past the
-- block that holds the ids above.
alter sequence project_seq restart with 100;
alter sequence phase_seq restart with 100;
