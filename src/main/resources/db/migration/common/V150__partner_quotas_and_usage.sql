-- A key's plan: requests per window and a burst per second. Null: the configured default plan (lede.quotas.*).
alter table partner_key add column plan_requests bigint;
alter table partner_key add column plan_window_seconds bigint;
alter table partner_key add column plan_burst bigint;

-- What each key fetched, per day (UTC) and article. article_id 0 is the key's row for the day: every request it
-- made. An article's row counts the requests that delivered it, and how many of those carried an excerpt or the
-- full text. Instances add their counts in batches (an upsert that adds), so rows only ever grow.
create table partner_usage (
    usage_day  date   not null,
    key_id     bigint not null references partner_key (id),
    partner_id bigint not null references partner (id),
    article_id bigint not null,
    requests   bigint not null,
    excerpts   bigint not null,
    full_texts bigint not null,
    constraint partner_usage_key primary key (usage_day, key_id, article_id)
);
create index partner_usage_partner on partner_usage (partner_id, usage_day);
create index partner_usage_day on partner_usage (usage_day);
