-- Where an idea is (one of the municipality's areas) and what it is about (its topics), chosen by its author.
alter table idea add column area_id bigint references area (id) on delete set null;
create table idea_topic (
    idea_id  bigint not null references idea (id) on delete cascade,
    topic_id bigint not null references topic (id) on delete cascade,
    primary key (idea_id, topic_id)
);
create index idea_topic_topic on idea_topic (topic_id, idea_id);
create index idea_project_area on idea (project_id, area_id);
