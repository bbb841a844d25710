-- What an Idempotency-Key stands for (IETF Idempotency-Key draft). A record belongs to one operation and one caller
-- (a keyed hash of who sent it), so another caller's same key is another record; it remembers a fingerprint of the
-- request it was first used with, so the same key with another request is refused. IN_FLIGHT while `owner` works
-- on it, until `expires_at` (a lease); DONE with the operation's `result`, written in the same transaction as the
-- work it records, until `expires_at` (the retention). Expired records are free to reuse and are swept.
create table idempotency_record (
    operation   varchar(40)  not null,
    caller      varchar(64)  not null,
    idem_key    varchar(100) not null,
    fingerprint varchar(64)  not null,
    state       varchar(12)  not null,
    owner       varchar(36),
    result      varchar,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    constraint idempotency_record_key primary key (operation, caller, idem_key),
    constraint idempotency_record_state check (state in ('IN_FLIGHT', 'DONE'))
);
create index idempotency_record_expiry on idempotency_record (expires_at);

-- Keys now live in idempotency_record, scoped to their caller; a key on a comment matched any caller.
drop index comment_idempotency;
alter table comment drop column idempotency_key;
