-- The next edition of the demo's budget, in its submission stage: residents (signed in, any account) write projects.
insert into project (id, version, created_at, visibility, title_pl, title_en, summary_pl, summary_en, description_pl, description_en)
values (6, 1, current_timestamp, 'PUBLISHED', 'Budżet obywatelski 2028', 'Participatory budget 2028',
        'Zgłoś projekt do budżetu obywatelskiego na 2028 rok: 300 000 zł na pomysły mieszkańców.',
        'Submit a project to the 2028 participatory budget: 300,000 zł for residents'' ideas.',
        '<p>Każdy mieszkaniec może zgłosić projekt: opisz go, rozpisz koszty i napisz, jak będzie dostępny dla wszystkich. Szkic zapiszesz w dowolnej chwili.</p>',
        null);
insert into project_area (project_id, area_id) values (6, 1);
insert into phase (id, project_id, title_pl, title_en, starts_on, ends_on, method)
values (14, 6, 'Zgłaszanie projektów', 'Submission of projects', cast(current_date - interval '2' day as date), cast(current_date + interval '30' day as date), 'budget-submission'),
       (15, 6, 'Weryfikacja i odwołania', 'Verification and appeals', cast(current_date + interval '31' day as date), cast(current_date + interval '60' day as date), 'information');
insert into budget_edition (project_id, version, conflict_rule, tie_break, filling, lot_seed, online_channel, paper_channel,
                            post_channel, requires_pesel, supporters, published_at, appeal_days)
values (6, 1, 'FIRST_COUNTS', 'LOWER_COST', 'SKIP_UNFITTING', null, true, true, false, false, 10, null, 7);
insert into budget_pool (id, project_id, position, name_pl, name_en, amount, cost_cap, area_id, method, min_choices, max_choices, points)
values (4, 6, 0, 'Pula ogólnomiejska', 'Town-wide pool', 300000.00, 100000.00, null, 'ONE_VOTE', 1, 1, null);
