-- Folders of the demo municipality's projects.
insert into project_folder (id, name_pl, name_en, position) values
    (1, 'Nad Nettą i w centrum', 'On the Netta and in the centre', 0), (2, 'Dokumenty strategiczne', 'Strategic documents', 1),
    (3, 'Zielone miasto', 'Green town', 2);
update project set folder_id = 1 where id = 1;
update project set folder_id = 2 where id = 2;
update project set folder_id = 3 where id = 4;
alter sequence folder_seq restart with 100;
