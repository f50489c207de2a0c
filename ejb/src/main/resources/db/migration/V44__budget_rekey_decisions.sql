-- Re-keying that decides: where an edition's rules ask, every batch of cards is keyed again in full by a second person
-- and every card keyed differently is decided before the count can become official.
alter table budget_edition add column rekey_required boolean default false not null;

-- What was read from a card apart from the person (the marks per pool, the verdict, the area, the day a postal card
-- arrived), so that a card keyed differently twice can be shown side by side; and a keyed hash of the person's data
-- alone, so that the page can say whether the two keyings agree on the person without either being stored.
-- owns_voter: the card was stored as its person's vote (it made their mark in the voter list), so correcting it takes
-- that mark back.
alter table budget_ballot add column keyed_reading varchar(2000);
alter table budget_ballot add column identity_check varchar(64);
alter table budget_ballot add column owns_voter boolean default false not null;
update budget_ballot set owns_voter = true where batch_id is not null and invalid_reason is null;

alter table budget_rekey add column keyed_reading varchar(2000);
alter table budget_rekey add column identity_check varchar(64);
-- How a difference was decided (CORRECTED: the card was keyed anew by someone who did not key the batch;
-- FIRST_RIGHT: the first keying was checked against the paper and stands), by whom and when.
alter table budget_rekey add column decision varchar(20);
alter table budget_rekey add column decided_by varchar(100);
alter table budget_rekey add column decided_at timestamp with time zone;
