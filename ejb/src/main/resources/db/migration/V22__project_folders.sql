-- Folders of projects (e.g. "Budżet obywatelski 2027"), a list the administrator keeps like areas and topics.
create sequence folder_seq start with 50 increment by 50;
create table project_folder (
    id       bigint       not null primary key,
    name_pl  varchar(100) not null unique,
    name_en  varchar(100),
    position integer      not null
);
alter table project add column folder_id bigint references project_folder (id) on delete set null;
