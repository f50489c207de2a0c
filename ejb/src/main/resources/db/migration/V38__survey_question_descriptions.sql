-- A survey's question may explain itself under its title (what the plan shows, what a term means, how to answer):
-- plain text, shown escaped with its line breaks kept, printed on the paper form.
alter table survey_question add column description_pl varchar(2000);
alter table survey_question add column description_en varchar(2000);
