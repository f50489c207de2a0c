-- The boulevard project collects ideas now; a few residents of the demo have already sent some. The demo
-- residents have no password (nobody signs in as them); their ids sit far above what the application hands out.
update phase set method = 'ideation' where id = 2;

insert into resident (id, version, created_at, first_name, family_name, email, email_confirmed_at, privacy_notice_at)
values (900001, 1, current_timestamp, 'Alicja', 'Demo', 'alicja.demo@example.org', current_timestamp, current_timestamp),
       (900002, 1, current_timestamp, 'Bartosz', 'Demo', 'bartosz.demo@example.org', current_timestamp, current_timestamp),
       (900003, 1, current_timestamp, 'Celina', 'Demo', 'celina.demo@example.org', current_timestamp, current_timestamp);

insert into idea (id, version, project_id, phase_id, author_id, created_at, title, body, place, latitude, longitude)
values (1, 1, 1, 2, 900001, current_timestamp - interval '4' day, 'Przystań kajakowa z wypożyczalnią',
        'Mała drewniana przystań przy moście, z której można zwodować kajak, i wypożyczalnia sezonowa.', 'przy moście na Nettcie', 53.8441, 22.9786),
       (2, 1, 1, 2, 900002, current_timestamp - interval '3' day, 'Więcej ławek w cieniu',
        'Na całym odcinku brakuje ławek, a te, które są, stoją w pełnym słońcu. Proszę o ławki pod drzewami.', null, 53.8452, 22.9821),
       (3, 1, 1, 2, 900003, current_timestamp - interval '2' day, 'Plac zabaw dla młodszych dzieci',
        'Bezpieczny, ogrodzony plac zabaw z dala od wody, z piaskownicą i huśtawkami.', 'obok plaży miejskiej', 53.8463, 22.9850),
       (4, 1, 1, 2, 900001, current_timestamp - interval '1' day, 'Oświetlenie ścieżki wieczorem',
        'Ścieżka jest ciemna po zmroku; przydałyby się niskie lampy, które nie świecą w oczy i w rzekę.', null, null, null);

alter sequence idea_seq restart with 100;
