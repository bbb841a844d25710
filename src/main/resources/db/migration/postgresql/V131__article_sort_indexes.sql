-- One index per public sort order of the article list (publishedAt ascending reads article_public_order backwards).
-- Partial like article_public_order: drafts never appear in a public list.
create index article_title_order on article (title, id) where status in ('PUBLISHED', 'SCHEDULED');
create index article_updated_order on article (updated_at desc, id desc) where status in ('PUBLISHED', 'SCHEDULED');
create index article_comment_count_order on article (comment_count desc, id desc)
    where status in ('PUBLISHED', 'SCHEDULED');
