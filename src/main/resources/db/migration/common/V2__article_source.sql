-- An imported article remembers a hash of the page it came from, so importing the same page again finds it.
alter table article add column source_hash varchar(64);
create unique index article_source_hash on article (source_hash);
