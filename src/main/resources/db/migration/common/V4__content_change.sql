-- One row that every write to public content bumps in its own transaction. Each Lede instance polls it to know
-- when the responses it has cached are stale, so instances sharing a database stay correct.
create table content_change (
    id         integer primary key,
    version    bigint  not null,
    changed_at timestamp with time zone not null,
    constraint content_change_single_row check (id = 1)
);
insert into content_change (id, version, changed_at) values (1, 0, current_timestamp);
