-- What moderators' decisions have taught the spam classifier, shared by every instance and kept across restarts.
-- The seed is not here: it ships with each release and the learned counts are added to it.
-- One row: the learned document count of each class, and a version bumped by every lesson, so an instance knows
-- when to read the features that changed (those with a newer version).
create table comment_spam_model (
    id             integer primary key,
    version        bigint not null,
    ham_documents  bigint not null,
    spam_documents bigint not null
);
insert into comment_spam_model (id, version, ham_documents, spam_documents) values (1, 0, 0, 0);

-- In how many learned comments of each class a feature (a word or a word pair) occurs.
create table comment_spam_feature (
    feature    varchar(100) primary key,
    ham_count  bigint not null,
    spam_count bigint not null,
    version    bigint not null
);
create index comment_spam_feature_version on comment_spam_feature (version);

-- Each comment counts once, with the label of the latest decision, and the text as it was learned, so a changed
-- decision (or an edit or erasure) takes back exactly what was learned.
alter table comment add column learned_label varchar(4);
alter table comment add column learned_text varchar(10000);
alter table comment add constraint comment_learned_label_known check (learned_label in ('HAM', 'SPAM'));
