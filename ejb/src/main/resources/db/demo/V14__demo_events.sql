-- Two coming events: a walk on the market square for the poll's project (20 seats, registration), and a consultation
-- point in the library, in person and online, without registration.
insert into civic_event (id, version, project_id, kind, format, title_pl, title_en, description_pl, description_en, place,
                         latitude, longitude, online_url, starts_at, ends_at, capacity, registration, published)
values (1, 1, 7, 'WALK', 'IN_PERSON', 'Spacer badawczy po Rynku', 'A research walk around the market square',
        'Obejdziemy Rynek z urbanistką i porozmawiamy, co zmienić, gdyby w weekendy nie było na nim samochodów.',
        'We walk around the market square with an urban planner and talk about what to change if it were car-free at weekends.',
        'Rynek, zbiórka przy ratuszu', 53.8443, 23.0888, null,
        cast(current_date + interval '5' day as timestamp) + interval '16' hour,
        cast(current_date + interval '5' day as timestamp) + interval '18' hour, 20, true, true),
       (2, 1, 7, 'CONSULTATION_POINT', 'HYBRID', 'Punkt konsultacyjny w bibliotece', 'Consultation point at the library',
        'Urzędnicy odpowiadają na pytania i przyjmują ankiety papierowe. Można też dołączyć online.',
        'Clerks answer questions and take paper forms. You can also join online.',
        'Biblioteka Miejska, ul. Mickiewicza 2', 53.8430, 23.0850, 'https://spotkania.example.org/punkt',
        cast(current_date + interval '8' day as timestamp) + interval '14' hour,
        cast(current_date + interval '8' day as timestamp) + interval '17' hour, null, false, true);
alter sequence civic_event_seq restart with 100;
