-- A link that confirms a new e-mail address of an account (or the first one of an account made through
-- login.gov.pl) carries the address it confirms; the account takes it only when the link is opened.
alter table resident_email_token add column new_email varchar(254);
