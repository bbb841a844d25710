-- Public lists read publicly visible articles newest first; a partial index keeps keyset pages cheap.
create index article_public_order on article (publish_at desc, id desc) where status in ('PUBLISHED', 'SCHEDULED');
