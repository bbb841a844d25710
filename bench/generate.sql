-- Bulk benchmark data for Lede on PostgreSQL, straight into the tables (not through the API).
-- psql -v articles=100000 -f bench/generate.sql
-- Articles are published one minute apart going back from now; every tenth has three confirmed quotations.
\set ON_ERROR_STOP on
begin;

insert into person (slug, name, job_title, affiliation, created_at, updated_at)
select 'bench-person-' || g, 'Bench Person ' || g, 'Reporter', 'The Bench Gazette', now(), now()
from generate_series(1, 200) g;

insert into tag (slug, name, description, created_at, updated_at)
select 'tag-' || g, 'Tag ' || g, 'Benchmark tag ' || g, now(), now()
from generate_series(1, 50) g;

insert into article (slug, title, dek, body_markdown, body_html, body_text, excerpt, word_count, reading_minutes,
                     status, publish_at, first_published_at, created_at, updated_at, language, copyright_holder,
                     copyright_year, version)
select 'bench-article-' || g,
       'Bench article ' || g || ': the harbour board meets again',
       'What the board decided, and what it left for next month.',
       b.body, '<p>' || replace(b.body, E'\n\n', E'</p>\n<p>') || '</p>', b.body,
       left(b.body, 277) || '…', 96, 1,
       'PUBLISHED', t.at, t.at, t.at, t.at, 'en', 'The Bench Gazette', 2026, 0
from generate_series(1, :articles) g
cross join (select 'The harbour board met on Thursday evening and agreed to extend the night ferry trial for'
                   || ' another three months, after a survey found most riders wanted it kept.' || E'\n\n'
                   || '“We listened, and the answer was clear,” said Bench Person 7, who chairs the board. “The'
                   || ' late crossing stays until the spring timetable.”' || E'\n\n'
                   || 'Fares will not change during the trial, the board said, and the last boat will leave the'
                   || ' island at 23:40 on weekdays.' as body) b
cross join lateral (select date_trunc('second', now()) - (g || ' minutes')::interval as at) t;

insert into article_author (article_id, person_id, position)
select a.id, 1 + a.id % 200, 0 from article a where a.slug like 'bench-article-%';

insert into article_tag (article_id, tag_id)
select a.id, 1 + a.id % 50 from article a where a.slug like 'bench-article-%'
union
select a.id, 1 + (a.id * 7 + 3) % 50 from article a where a.slug like 'bench-article-%';

insert into quote (article_id, text, start_offset, end_offset, paragraph, cue, kind, speaker_id, speaker_role,
                   confidence, status, origin, reviewed_by, reviewed_at, created_at, updated_at, version)
select a.id, q.text, q.start_offset, q.end_offset, q.paragraph, 'said', 'DIRECT', 7, 'chair of the board', 0.95,
       'CONFIRMED', 'EXTRACTED', 'auto-confirm', a.publish_at, a.publish_at, a.publish_at, 0
from article a
cross join (values ('We listened, and the answer was clear,', 172, 210, 1),
                   ('The late crossing stays until the spring timetable.', 257, 308, 1),
                   ('Fares will not change during the trial,', 312, 351, 2)) q(text, start_offset, end_offset, paragraph)
where a.slug like 'bench-article-%' and a.id % 10 = 0;

-- 20,000 approved comments on the newest article: 4,000 threads of a comment and four replies.
insert into comment (article_id, parent_id, root_id, depth, author_name, email_hash, body_markdown, body_html, status,
                     created_at, updated_at, version)
select a.id, null, null, 0, 'Reader ' || g, md5('reader' || g), 'Comment number ' || g || ' on the night ferry.',
       '<p>Comment number ' || g || ' on the night ferry.</p>', 'APPROVED',
       a.publish_at + (g || ' seconds')::interval, a.publish_at + (g || ' seconds')::interval, 0
from (select id, publish_at from article order by publish_at desc, id desc limit 1) a
cross join generate_series(1, 4000) g;
update comment set root_id = id where root_id is null;
insert into comment (article_id, parent_id, root_id, depth, author_name, email_hash, body_markdown, body_html, status,
                     created_at, updated_at, version)
select c.article_id, c.id, c.id, 1, 'Replier ' || r, md5('replier' || r), 'A reply, number ' || r || '.',
       '<p>A reply, number ' || r || '.</p>', 'APPROVED',
       c.created_at + (r || ' milliseconds')::interval, c.created_at + (r || ' milliseconds')::interval, 0
from comment c cross join generate_series(1, 4) r
where c.parent_id is null;

update content_change set version = version + 1, changed_at = now() where id = 1;
commit;
analyze;
