-- Shared rate-limit counters: how much of a policy's allowance a subject (a keyed hash, never an address) has
-- used in its current fixed window, and when that window ends. Every instance counts in the same row, and a
-- restart forgets nothing. Rows whose window has ended are reset on next use and swept.
create table rate_limit_usage (
    policy    varchar(40)  not null,
    subject   varchar(128) not null,
    used      bigint       not null,
    resets_at timestamp with time zone not null,
    constraint rate_limit_usage_key primary key (policy, subject)
);
create index rate_limit_usage_reset on rate_limit_usage (resets_at);
