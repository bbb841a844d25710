-- The visible-comment count of each article, kept by the comment feature in the transaction that changes a comment,
-- so that the public list can be sorted by it with a keyset (an aggregate computed per request could not be seeked).
-- Counted as readers see a thread: approved top-level comments, and approved replies under an approved root.
alter table article add column comment_count bigint default 0 not null;
update article set comment_count = (
    select count(*) from comment c
    where c.article_id = article.id and c.status = 'APPROVED'
      and (c.parent_id is null
           or exists (select 1 from comment r where r.id = c.root_id and r.status = 'APPROVED')));
