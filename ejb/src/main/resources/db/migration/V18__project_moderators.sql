-- Project moderators: staff with the moderator role assigned to projects. One assigned to any project moderates and
-- manages the input of those projects only; a moderator assigned to none moderates the whole platform (as before).
create table project_moderator (
    project_id  bigint       not null references project (id) on delete cascade,
    staff_login varchar(100) not null,
    primary key (project_id, staff_login)
);
create index project_moderator_login on project_moderator (staff_login);
