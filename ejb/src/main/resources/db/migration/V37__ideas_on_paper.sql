-- Ideas collected offline: on a paper form, at a consultation point, at an event or by post, keyed in by staff or by
-- one of the project's ambassadors. Such an idea has no author's account (the form asks for none), only its channel,
-- where it was collected (and the event, if any), who keyed it, and the key the entry screen gave it (the same form
-- sent twice counts once).
alter table idea alter column author_id drop not null;
alter table idea add column channel varchar(20) default 'ONLINE' not null;
alter table idea add column collected_at varchar(200);
alter table idea add column event_id bigint references civic_event (id) on delete set null;
alter table idea add column keyed_by_staff varchar(100);
alter table idea add column keyed_by_resident bigint references resident (id) on delete set null;
alter table idea add column entry_key varchar(64);
alter table idea add constraint idea_entered_once unique (entry_key);
alter table idea add constraint idea_author_or_offline check (author_id is not null or channel <> 'ONLINE');
