-- A matrix (a grid of scales): consecutive scale questions sharing a matrix title and their number of points are shown
-- as one table, a row per question; each row is counted, printed, keyed, imported and exported as the scale it is.
alter table survey_question add column grid_title_pl varchar(500);
alter table survey_question add column grid_title_en varchar(500);
