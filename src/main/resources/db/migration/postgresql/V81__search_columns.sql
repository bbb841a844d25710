-- Articles: title weighs most, then the dek, then the body (its first 200,000 characters).
alter table article add column search_config regconfig generated always as (lede_search_config(language)) stored;
alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector(lede_search_config(language), title), 'A')
    || setweight(to_tsvector(lede_search_config(language), coalesce(dek, '')), 'B')
    || setweight(to_tsvector(lede_search_config(language), left(body_text, 200000)), 'C')) stored;
create index article_search on article using gin (search_vector);

-- Quotations: the words weigh most, then the speaker's name. A generated column sees only its own row, so the
-- speaker's name and the article's language are copied here by triggers and kept current when either changes.
alter table quote add column search_speaker varchar(200);
alter table quote add column search_language varchar(35);
alter table quote add column search_config regconfig generated always as (lede_search_config(search_language)) stored;
alter table quote add column search_vector tsvector generated always as (
    setweight(to_tsvector(lede_search_config(search_language), text), 'A')
    || setweight(to_tsvector(lede_search_config(search_language), coalesce(search_speaker, '')), 'B')) stored;
create index quote_search on quote using gin (search_vector);

create function lede_quote_search_fields() returns trigger language plpgsql as $$
begin
    new.search_speaker := (select name from person where id = new.speaker_id);
    new.search_language := (select language from article where id = new.article_id);
    return new;
end
$$;
create trigger quote_search_fields before insert or update of speaker_id, article_id on quote
    for each row execute function lede_quote_search_fields();

create function lede_person_name_to_quotes() returns trigger language plpgsql as $$
begin
    update quote set search_speaker = new.name where speaker_id = new.id;
    return null;
end
$$;
create trigger person_name_to_quotes after update of name on person
    for each row when (old.name is distinct from new.name) execute function lede_person_name_to_quotes();

create function lede_article_language_to_quotes() returns trigger language plpgsql as $$
begin
    update quote set search_language = new.language where article_id = new.id;
    return null;
end
$$;
create trigger article_language_to_quotes after update of language on article
    for each row when (old.language is distinct from new.language) execute function lede_article_language_to_quotes();

update quote q set search_speaker = (select name from person p where p.id = q.speaker_id),
                   search_language = (select language from article a where a.id = q.article_id);

-- People and tags by name, typo-tolerant (pg_trgm).
create index person_name_trgm on person using gin (lede_fold(name) gin_trgm_ops);
create index tag_name_trgm on tag using gin (lede_fold(name) gin_trgm_ops);
