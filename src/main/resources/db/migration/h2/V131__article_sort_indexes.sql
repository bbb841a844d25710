-- One index per public sort order of the article list (publishedAt ascending reads article_public_order backwards).
-- H2 has no partial indexes; PostgreSQL's versions keep only public rows.
create index article_title_order on article (title, id);
create index article_updated_order on article (updated_at desc, id desc);
create index article_comment_count_order on article (comment_count desc, id desc);
