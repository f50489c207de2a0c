-- The demo's project moderator: Tomasz Lewandowski (tlewandowski, a moderator in the demo directory) handles the
-- input and the moderation of the boulevard project only.
insert into project_moderator (project_id, staff_login) values (1, 'tlewandowski');
