-- Search on the embedded H2 database matches words with LIKE; names and text are compared folded (lower case,
-- no accents) by this Java function. PostgreSQL's V80 defines its own lede_fold with unaccent.
create alias if not exists lede_fold deterministic for 'io.lede.search.Folding.fold';
