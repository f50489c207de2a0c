-- A participatory budget edition in the demo, on Wasilków's pattern: three pools, one vote per pool, online and ballot
-- boxes; voting runs now. Eight demo ballots are already in (their voters are no demo person, so every demo resident
-- can still vote).
insert into project (id, version, created_at, visibility, title_pl, title_en, summary_pl, summary_en, description_pl, description_en)
values (5, 1, current_timestamp, 'PUBLISHED', 'Budżet obywatelski 2027', 'Participatory budget 2027',
        'Mieszkańcy decydują, na co przeznaczyć 322 000 zł: pula ogólnomiejska, pula osiedla Zarzecze i zielona pula.',
        'Residents decide how to spend 322,000 zł: a town-wide pool, a pool for Zarzecze and a green pool.',
        '<p>Projekty zgłosili mieszkańcy; urząd sprawdził je pod względem formalnym, prawnym i kosztowym. Teraz trwa głosowanie: przez internet albo na karcie papierowej w jednym z punktów do głosowania (urząd miasta, biblioteka, MOSiR).</p>',
        '<p>Residents put the projects forward; the office checked them. Voting is on now: online or on a paper ballot at a voting point (town hall, library, sports centre).</p>');
insert into project_area (project_id, area_id) values (5, 1);

insert into phase (id, project_id, title_pl, title_en, starts_on, ends_on, method)
values (10, 5, 'Zgłaszanie projektów', 'Submission of projects', cast(current_date - interval '60' day as date), cast(current_date - interval '31' day as date), 'information'),
       (11, 5, 'Weryfikacja i odwołania', 'Verification and appeals', cast(current_date - interval '30' day as date), cast(current_date - interval '4' day as date), 'information');
insert into phase (id, project_id, title_pl, title_en, starts_on, ends_on, method, vote_requires)
values (12, 5, 'Głosowanie', 'Voting', cast(current_date - interval '3' day as date), cast(current_date + interval '11' day as date), 'budget-voting', 'NATIONAL_LOW');
insert into phase (id, project_id, title_pl, title_en, starts_on, ends_on, method)
values (13, 5, 'Wyniki i realizacja', 'Results and implementation', cast(current_date + interval '12' day as date), cast(current_date + interval '365' day as date), 'budget-results');

insert into budget_edition (project_id, version, conflict_rule, tie_break, filling, lot_seed, online_channel, paper_channel,
                            post_channel, requires_pesel, supporters, published_at)
values (5, 1, 'FIRST_COUNTS', 'LOWER_COST', 'SKIP_UNFITTING', null, true, true, false, false, 10, null);
update budget_edition set places = 'Urząd Miasta, Rynek Zygmunta Augusta 1' || chr(10) || 'Biblioteka Miejska, ul. Kościuszki 7'
                                   || chr(10) || 'MOSiR, ul. Sportowa 1'
 where project_id = 5;

insert into budget_pool (id, project_id, position, name_pl, name_en, amount, cost_cap, area_id, method, min_choices, max_choices, points)
values (1, 5, 0, 'Pula ogólnomiejska', 'Town-wide pool', 240000.00, 100000.00, null, 'ONE_VOTE', 1, 1, null),
       (2, 5, 1, 'Pula osiedlowa: Zarzecze', 'Zarzecze pool', 22000.00, 22000.00, 4, 'ONE_VOTE', 1, 1, null),
       (3, 5, 2, 'Zielona pula', 'Green pool', 60000.00, 30000.00, null, 'ONE_VOTE', 1, 1, null);

insert into budget_project (id, version, project_id, pool_id, number, title, summary, location, cost, status, author_id,
                            submitted_at, decided_at, decision_reason)
values (1, 1, 5, 1, 1, 'Plac zabaw przy Szkole Podstawowej nr 2', 'Bezpieczny plac zabaw z nawierzchnią amortyzującą i urządzeniami dla dzieci z niepełnosprawnościami.', 'ul. Młyńska 50', 95000.00, 'ADMITTED', 900004, current_timestamp - interval '50' day, current_timestamp - interval '10' day, null),
       (2, 1, 5, 1, 2, 'Oświetlenie ścieżki rowerowej wzdłuż Netty', 'Energooszczędne lampy LED na 800 m ścieżki między mostem a plażą.', 'bulwar nad Nettą', 88000.00, 'ADMITTED', 900005, current_timestamp - interval '48' day, current_timestamp - interval '10' day, null),
       (3, 1, 5, 1, 3, 'Siłownia plenerowa na Lipowcu', 'Dziesięć urządzeń do ćwiczeń na świeżym powietrzu z tablicą instruktażową.', 'skwer przy ul. Lipowej', 60000.00, 'ADMITTED', null, current_timestamp - interval '45' day, current_timestamp - interval '9' day, null),
       (4, 1, 5, 1, 4, 'Kino letnie na bulwarze', 'Osiem bezpłatnych seansów w lipcu i sierpniu, z audiodeskrypcją i napisami.', 'bulwar nad Nettą', 40000.00, 'ADMITTED', null, current_timestamp - interval '44' day, current_timestamp - interval '9' day, null),
       (5, 1, 5, 1, 5, 'Parking wielopoziomowy przy dworcu', 'Parking na 200 samochodów.', 'ul. Dworcowa', 99000.00, 'REJECTED', null, current_timestamp - interval '40' day, current_timestamp - interval '8' day,
        'Szacunkowy koszt budowy parkingu wielopoziomowego według wydziału inwestycji to ok. 4,5 mln zł, a teren nie należy do gminy — zadania nie da się wykonać w ramach puli ani w ciągu roku budżetowego.'),
       (6, 1, 5, 2, 6, 'Ławki i stojaki rowerowe na Zarzeczu', 'Sześć ławek z oparciami i podłokietnikami oraz dwa stojaki rowerowe.', 'ul. Zarzecze', 18000.00, 'ADMITTED', 900006, current_timestamp - interval '39' day, current_timestamp - interval '8' day, null),
       (7, 1, 5, 2, 7, 'Festyn sąsiedzki na Zarzeczu', 'Festyn z warsztatami dla dzieci i seniorów.', 'boisko przy ul. Rybackiej', 9000.00, 'ADMITTED', null, current_timestamp - interval '38' day, current_timestamp - interval '8' day, null),
       (8, 1, 5, 3, 8, 'Łąka kwietna przy ul. Wojska Polskiego', 'Zamiana 2000 m² trawnika na łąkę kwietną przyjazną owadom.', 'ul. Wojska Polskiego', 25000.00, 'ADMITTED', null, current_timestamp - interval '37' day, current_timestamp - interval '7' day, null),
       (9, 1, 5, 3, 9, 'Nasadzenia drzew przy Szkole nr 4', 'Trzydzieści drzew liściastych z trzyletnią pielęgnacją.', 'ul. Nadrzeczna', 30000.00, 'ADMITTED', null, current_timestamp - interval '36' day, current_timestamp - interval '7' day, null),
       (10, 1, 5, 3, 10, 'Ogród deszczowy przy bibliotece', 'Ogród deszczowy zbierający wodę z dachu biblioteki.', 'ul. Kościuszki 7', 15000.00, 'SUBMITTED', null, current_timestamp - interval '35' day, null, null);

insert into budget_voter (id, project_id, voter_key, channel, voted_on, area, age_group)
values (1, 5, 'demo-voter-1', 'ONLINE', cast(current_date - interval '3' day as date), 'Śródmieście', '30-44'),
       (2, 5, 'demo-voter-2', 'ONLINE', cast(current_date - interval '3' day as date), 'Zarzecze', '18-29'),
       (3, 5, 'demo-voter-3', 'ONLINE', cast(current_date - interval '2' day as date), 'Lipowiec', '45-59'),
       (4, 5, 'demo-voter-4', 'PAPER', cast(current_date - interval '2' day as date), 'Zarzecze', '60+'),
       (5, 5, 'demo-voter-5', 'PAPER', cast(current_date - interval '2' day as date), 'Borki', '60+'),
       (6, 5, 'demo-voter-6', 'ONLINE', cast(current_date - interval '1' day as date), null, 'unknown'),
       (7, 5, 'demo-voter-7', 'ONLINE', cast(current_date - interval '1' day as date), 'Śródmieście', '18-29'),
       (8, 5, 'demo-voter-8', 'ONLINE', cast(current_date - interval '1' day as date), 'Klonownica', '30-44');

insert into budget_ballot (receipt, project_id, link, counted_link, channel, cast_on, invalid_reason)
values ('DEMO0-00001', 5, 'demo-link-1', 'demo-link-1', 'ONLINE', cast(current_date - interval '3' day as date), null),
       ('DEMO0-00002', 5, 'demo-link-2', 'demo-link-2', 'ONLINE', cast(current_date - interval '3' day as date), null),
       ('DEMO0-00003', 5, 'demo-link-3', 'demo-link-3', 'ONLINE', cast(current_date - interval '2' day as date), null),
       ('DEMO0-00004', 5, 'demo-link-4', 'demo-link-4', 'PAPER', cast(current_date - interval '2' day as date), null),
       ('DEMO0-00005', 5, 'demo-link-5', 'demo-link-5', 'PAPER', cast(current_date - interval '2' day as date), null),
       ('DEMO0-00006', 5, 'demo-link-6', 'demo-link-6', 'ONLINE', cast(current_date - interval '1' day as date), null),
       ('DEMO0-00007', 5, 'demo-link-7', 'demo-link-7', 'ONLINE', cast(current_date - interval '1' day as date), null),
       ('DEMO0-00008', 5, 'demo-link-8', 'demo-link-8', 'ONLINE', cast(current_date - interval '1' day as date), null);

insert into budget_choice (receipt, budget_project_id, pool_id, points)
values ('DEMO0-00001', 1, 1, 1), ('DEMO0-00001', 8, 3, 1),
       ('DEMO0-00002', 2, 1, 1), ('DEMO0-00002', 6, 2, 1), ('DEMO0-00002', 9, 3, 1),
       ('DEMO0-00003', 3, 1, 1), ('DEMO0-00003', 8, 3, 1),
       ('DEMO0-00004', 1, 1, 1), ('DEMO0-00004', 7, 2, 1),
       ('DEMO0-00005', 4, 1, 1),
       ('DEMO0-00006', 2, 1, 1), ('DEMO0-00006', 9, 3, 1),
       ('DEMO0-00007', 1, 1, 1),
       ('DEMO0-00008', 3, 1, 1), ('DEMO0-00008', 8, 3, 1);

alter sequence budget_pool_seq restart with 100;
alter sequence budget_project_seq restart with 100;
alter sequence budget_voter_seq restart with 100;
