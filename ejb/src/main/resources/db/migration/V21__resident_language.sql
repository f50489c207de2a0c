-- The language a resident reads Wiec in (chosen at registration or with the language switch while signed in):
-- notifications and their e-mails are written in it.
alter table resident add column language varchar(5) default 'pl' not null;
