-- What the cap on ranked rows (lede.search.candidates) costs in result quality, on the search benchmark's data:
--   psql -d bench_search -v words='harbour ferry ...' -v cap=1000 -f bench/search-quality.sql
-- For each word, the first page (20) of public articles and of public quotations ranked as Lede ranks them
-- (ts_rank_cd, plus the recency boost for articles), once over every match and once over the newest :cap matches
-- only; prints how many matches there are and how many of the 20 both pages share.
\set ON_ERROR_STOP on
\timing off
select w.word,
       am.n as article_matches,
       (select count(*) from (
            select a.id from article a
            where a.search_vector @@ q and a.status in ('PUBLISHED', 'SCHEDULED') and a.publish_at <= now()
            order by ts_rank_cd(a.search_vector, q)
                     + 0.05 / (1 + greatest(0, extract(epoch from now() - a.publish_at)) / 2592000) desc, a.id desc
            limit 20) u
        join (
            select a.id from (
                select a.id, a.search_vector, a.publish_at from article a
                where a.search_vector @@ q and a.status in ('PUBLISHED', 'SCHEDULED') and a.publish_at <= now()
                order by a.publish_at desc, a.id desc limit :cap) a
            order by ts_rank_cd(a.search_vector, q)
                     + 0.05 / (1 + greatest(0, extract(epoch from now() - a.publish_at)) / 2592000) desc, a.id desc
            limit 20) c using (id)) as articles_shared_of_20,
       qm.n as quote_matches,
       (select count(*) from (
            select q2.id from quote q2 join article a on a.id = q2.article_id
            where q2.search_vector @@ q and q2.status = 'CONFIRMED' and a.status in ('PUBLISHED', 'SCHEDULED')
              and a.publish_at <= now()
            order by ts_rank_cd(q2.search_vector, q) desc, q2.id desc limit 20) u
        join (
            select c.id from (
                select q2.id, q2.search_vector from quote q2 join article a on a.id = q2.article_id
                where q2.search_vector @@ q and q2.status = 'CONFIRMED' and a.status in ('PUBLISHED', 'SCHEDULED')
                  and a.publish_at <= now()
                order by a.publish_at desc, q2.id desc limit :cap) c
            order by ts_rank_cd(c.search_vector, q) desc, c.id desc limit 20) c using (id)) as quotes_shared_of_20
from unnest(string_to_array(:'words', ' ')) w(word)
cross join lateral websearch_to_tsquery('lede_english', w.word) q
cross join lateral (select count(*) as n from article a where a.search_vector @@ q) am
cross join lateral (select count(*) as n from quote q2 where q2.search_vector @@ q) qm
order by am.n desc;
