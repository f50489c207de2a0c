-- Duplicate ideas merged into another: the duplicate keeps its page (pointing to the idea it was merged into) and
-- leaves the lists; its supports, likes and followers move to the other idea.
insert into idea_status (status_key, label_pl, label_en, colour, position) values
    ('merged', 'Połączony z podobnym pomysłem', 'Merged with a similar idea', '#4a4a4a', 8);
alter table idea add column merged_into bigint references idea (id);
