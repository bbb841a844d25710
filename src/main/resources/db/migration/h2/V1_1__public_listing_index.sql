-- H2 has no partial indexes; the plain index serves the same keyset order.
create index article_public_order on article (publish_at desc, id desc);
