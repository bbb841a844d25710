-- Full-text search on PostgreSQL (the embedded H2 database has its own, simpler V80).
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (its dictionary could change), so generated columns and index expressions use this
-- wrapper, which names the dictionary and promises what Lede needs: the same text always folds the same way.
create or replace function lede_unaccent(value text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, value) $$;

-- Lower case without accents: what names are compared by (pg_trgm similarity).
create or replace function lede_fold(value text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.lede_unaccent(value)) $$;

-- A text-search configuration per supported language, each folding accents before stemming, so "Ines" finds
-- "Inês" and ts_headline still shows the text as written.
do $$
declare
    lang text;
begin
    foreach lang in array array['simple', 'danish', 'dutch', 'english', 'finnish', 'french', 'german', 'hungarian',
                                'italian', 'norwegian', 'portuguese', 'romanian', 'russian', 'spanish', 'swedish',
                                'turkish']
    loop
        execute format('drop text search configuration if exists lede_%s', lang);
        execute format('create text search configuration lede_%s (copy = pg_catalog.%s)', lang, lang);
        execute format('alter text search configuration lede_%s alter mapping for hword, hword_part, word'
                       || ' with public.unaccent, %s', lang, case when lang = 'simple' then 'simple' else lang || '_stem' end);
    end loop;
end
$$;

-- The configuration an article's language (a BCP 47 tag such as "en" or "pt-BR") is searched with.
create or replace function lede_search_config(language text) returns regconfig
    language sql immutable parallel safe
    as $$
    select case lower(split_part(coalesce(language, ''), '-', 1))
        when 'da' then 'lede_danish' when 'nl' then 'lede_dutch' when 'en' then 'lede_english'
        when 'fi' then 'lede_finnish' when 'fr' then 'lede_french' when 'de' then 'lede_german'
        when 'hu' then 'lede_hungarian' when 'it' then 'lede_italian' when 'no' then 'lede_norwegian'
        when 'nb' then 'lede_norwegian' when 'nn' then 'lede_norwegian' when 'pt' then 'lede_portuguese'
        when 'ro' then 'lede_romanian' when 'ru' then 'lede_russian' when 'es' then 'lede_spanish'
        when 'sv' then 'lede_swedish' when 'tr' then 'lede_turkish'
        else 'lede_simple' end::regconfig
    $$;

-- Every configuration lede_search_config can answer: a query is parsed once for each.
create or replace function lede_search_configs() returns regconfig[]
    language sql immutable parallel safe
    as $$
    select array['lede_simple', 'lede_danish', 'lede_dutch', 'lede_english', 'lede_finnish', 'lede_french',
                 'lede_german', 'lede_hungarian', 'lede_italian', 'lede_norwegian', 'lede_portuguese',
                 'lede_romanian', 'lede_russian', 'lede_spanish', 'lede_swedish', 'lede_turkish']::regconfig[]
    $$;
