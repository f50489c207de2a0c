-- Who may do what in a phase: besides submitting (submit_requires, minimum_age from V4/V10), a rule each for
-- commenting, reacting and supporting, and for each the areas whose residents may act (one area name per line, as
-- residents choose it in their profile; null: wherever they live). Supporting followed the submit rule until now.
alter table phase add column submit_areas varchar(4000);
alter table phase add column comment_requires varchar(30) default 'SIGNED_IN' not null;
alter table phase add column comment_minimum_age integer;
alter table phase add column comment_areas varchar(4000);
alter table phase add column react_requires varchar(30) default 'SIGNED_IN' not null;
alter table phase add column react_minimum_age integer;
alter table phase add column react_areas varchar(4000);
alter table phase add column support_requires varchar(30) default 'SIGNED_IN' not null;
alter table phase add column support_minimum_age integer;
alter table phase add column support_areas varchar(4000);
alter table phase add constraint phase_comment_rule_known
    check (comment_requires in ('SIGNED_IN', 'EMAIL_CONFIRMED', 'NATIONAL_LOW', 'NATIONAL_SUBSTANTIAL', 'NATIONAL_HIGH'));
alter table phase add constraint phase_react_rule_known
    check (react_requires in ('SIGNED_IN', 'EMAIL_CONFIRMED', 'NATIONAL_LOW', 'NATIONAL_SUBSTANTIAL', 'NATIONAL_HIGH'));
alter table phase add constraint phase_support_rule_known
    check (support_requires in ('SIGNED_IN', 'EMAIL_CONFIRMED', 'NATIONAL_LOW', 'NATIONAL_SUBSTANTIAL', 'NATIONAL_HIGH'));
update phase set support_requires = submit_requires, support_minimum_age = minimum_age;
-- Whether ideas of the phase can also be disliked.
alter table phase add column dislikes boolean default false not null;

alter table reaction drop constraint reaction_kind_known;
alter table reaction add constraint reaction_kind_known check (kind in ('LIKE', 'DISLIKE'));

-- The counts lists sort by, kept on the idea (see pl.wiec.ideas.control.IdeaCounters).
alter table idea add column likes integer default 0 not null;
alter table idea add column dislikes integer default 0 not null;
alter table idea add column comments integer default 0 not null;
update idea set likes = (select count(*) from reaction r where r.idea_id = idea.id and r.kind = 'LIKE'),
                comments = (select count(*) from idea_comment c where c.idea_id = idea.id and c.deleted_at is null);
-- One index per order residents list ideas in (pl.wiec.ideas.entity.IdeaListing), column for column, so that the
-- first page is read in index order and costs the page, not the project (10,000 ideas: see BENCHMARKS.md).
drop index idea_project_created;
create index idea_project_newest on idea (project_id, created_at desc, id desc);
create index idea_project_liked on idea (project_id, likes desc, created_at desc, id desc);
create index idea_project_discussed on idea (project_id, comments desc, created_at desc, id desc);
