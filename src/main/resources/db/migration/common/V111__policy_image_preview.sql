-- How much of an article's image a policy lets partners show (after robots' max-image-preview): none, a thumbnail,
-- or the image as published.
alter table rights_policy_version add column image_preview varchar(16) default 'standard' not null;
