-- What kind of source a quotation's speaker is: a person, an organisation, an unresolved description or a document.
-- Quotations stored before this keep null (unknown); a person record is a person unless created for an organisation.
alter table quote add column speaker_kind varchar(16);
alter table quote add constraint quote_speaker_kind_known
    check (speaker_kind is null or speaker_kind in ('PERSON', 'ORGANISATION', 'DESCRIPTION', 'DOCUMENT'));
alter table person add column kind varchar(16) default 'PERSON' not null;
alter table person add constraint person_kind_known check (kind in ('PERSON', 'ORGANISATION'));
