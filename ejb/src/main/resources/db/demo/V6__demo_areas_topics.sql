-- Areas and topics of the demo municipality, and which the demo projects concern.
insert into area (id, name_pl, name_en, code, position) values
    (1, 'Całe miasto', 'The whole town', '2001011', 0), (2, 'Śródmieście', 'Town centre', null, 1),
    (3, 'Lipowiec', null, null, 2), (4, 'Zarzecze', null, null, 3), (5, 'Klonownica', null, null, 4),
    (6, 'Borki', null, null, 5);
insert into topic (id, name_pl, name_en, position) values
    (1, 'Zieleń i klimat', 'Greenery and climate', 0), (2, 'Rekreacja i sport', 'Recreation and sport', 1),
    (3, 'Rozwój miasta', 'Town development', 2), (4, 'Transport', 'Transport', 3);
insert into project_area (project_id, area_id) values (1, 2), (1, 4), (2, 1), (4, 2), (4, 3);
insert into project_topic (project_id, topic_id) values (1, 1), (1, 2), (2, 3), (4, 1);
alter sequence area_seq restart with 100;
alter sequence topic_seq restart with 100;
