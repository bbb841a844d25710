-- Comment changes move only their article's comment version, not the content version every cached response
-- depends on: approving a comment makes that article's pages stale, not the whole site's. Instances poll for
-- articles whose comments changed recently.
alter table article add column comments_version bigint default 0 not null;
alter table article add column comments_changed_at timestamp with time zone;
create index article_comments_changed on article (comments_changed_at);
