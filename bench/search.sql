-- Search benchmark data on PostgreSQL, straight into the tables: psql -v articles=100000 -v quotes=500000 -f ...
-- Titles, deks, bodies and quotations are drawn from a fixed vocabulary by hashes of their row numbers, so every
-- run makes the same data; 2,000 people are named from first names and surnames, and speak every quotation.
\set ON_ERROR_STOP on
begin;

create temporary table vocabulary (n int primary key, word text not null);
insert into vocabulary (n, word)
select ordinality - 1, word from unnest(string_to_array(
    'harbour ferry council budget school hospital tram station bridge river market festival election mayor'
    || ' police court museum library housing rent tax fishing storm flood coast pier quay airport railway'
    || ' bus cycle park garden theatre concert football rowing sailing island lighthouse tide weather winter'
    || ' summer spring autumn night morning evening vote plan report survey protest strike union workers'
    || ' nurses teachers doctors students parents children pensioners farmers shops restaurant cafe bakery'
    || ' brewery factory port terminal cargo container crane shipyard energy wind solar heating water sewer'
    || ' road tunnel traffic parking fares timetable delay closure opening repair construction inquiry'
    || ' investigation fraud theft fire rescue ambulance lifeboat volunteers charity church mosque synagogue'
    || ' cemetery archive history heritage ruins castle wall gate tower square street avenue district suburb'
    || ' village town city region minister ministry parliament committee board director chief secretary'
    || ' spokesperson resident neighbour owner landlord tenant developer architect engineer contractor'
    || ' planning permission appeal objection consultation petition referendum campaign donation grant'
    || ' subsidy loan debt deficit surplus salary pension benefit welfare clinic pharmacy vaccine virus'
    || ' outbreak harvest drought fishermen catch quota salmon herring oysters seals gulls dunes beach'
    || ' erosion seawall barrier pump reservoir dam canal lock ferryman captain crew passengers tickets', ' '))
    with ordinality as t(word, ordinality);

create temporary table first_names (n int primary key, name text not null);
insert into first_names select ordinality - 1, name from unnest(string_to_array(
    'Marta Tobias Priya Ilse Oren Ines Halvard Edda Rosalind Ysolde Amara Bjorn Chiara Dmitri Elif Farid Greta'
    || ' Hamid Ingrid Jonas Kasia Lars Mei Nadia Olu Pavel Quinn Rafael Sana Tariq Uma Viktor Wren Ximena Yusuf'
    || ' Zofia Anselm Brigid Cormac Delphine', ' ')) with ordinality as t(name, ordinality);
create temporary table surnames (n int primary key, name text not null);
insert into surnames select ordinality - 1, name from unnest(string_to_array(
    'Hajiyev Keane Grell Natarajan Varga Blackwood Barros Quennell Krag Solberg Okafor Lindqvist Moreau Petrov'
    || ' Yilmaz Haddad Schulz Novak Rossi Tanaka Mensah Kowalski Duarte Fitzgerald Andersen Castillo Ibrahim'
    || ' Johansson Kuznetsov Laurent Mwangi Nakamura Oyelaran Papadopoulos Quispe Rahman Sorensen Thorsen'
    || ' Urquhart Vasquez Whitfield Xu Yamamoto Zielinski Abernathy Bergstrom Carvalho Dunleavy Eriksen Ferreira',
    ' ')) with ordinality as t(name, ordinality);

insert into person (slug, name, job_title, affiliation, created_at, updated_at)
select 'search-person-' || g, f.name || ' ' || s.name, 'spokesperson', 'The Bench Council', now(), now()
from generate_series(0, 1999) g
join first_names f on f.n = g % 40
join surnames s on s.n = (g / 40) % 50;

-- words(seed, count): count words chosen by hashing the seed and the position: one in four from the vocabulary
-- (so a vocabulary word is in about one body in ten, as a common news word is), the rest made-up words from a
-- space of 60,000, which stand in for the long tail of a real newsroom's language.
create function pg_temp.words(seed bigint, count int) returns text language sql immutable as $$
    select string_agg(coalesce(v.word, 'k' || to_hex(h % 60000) || 'o'), ' ' order by i)
    from generate_series(1, count) i
    cross join lateral (select abs(hashint8(seed * 1000 + i)) as h) x
    left join vocabulary v on x.h % 4 = 0 and v.n = (x.h / 4) % (select count(*) from vocabulary)
$$;

insert into article (slug, title, dek, body_markdown, body_html, body_text, excerpt, word_count, reading_minutes,
                     status, publish_at, first_published_at, created_at, updated_at, language, copyright_holder,
                     copyright_year, version)
select 'search-article-' || g, initcap(pg_temp.words(g, 7)), pg_temp.words(-g, 14) || '.', b.body,
       '<p>' || b.body || '</p>', b.body, left(b.body, 277), 120, 1,
       'PUBLISHED', t.at, t.at, t.at, t.at, 'en', 'The Bench Gazette', 2026, 0
from generate_series(1, :articles) g
cross join lateral (select pg_temp.words(g + 10000000, 120) || '.' as body) b
cross join lateral (select date_trunc('second', now()) - (g || ' minutes')::interval as at) t;

insert into article_author (article_id, person_id, position)
select a.id, (select min(id) from person where slug like 'search-person-%') + a.id % 2000, 0
from article a where a.slug like 'search-article-%';

insert into quote (article_id, text, start_offset, end_offset, paragraph, cue, kind, speaker_id, speaker_role,
                   confidence, status, origin, reviewed_by, reviewed_at, created_at, updated_at, version)
select a.id, initcap(left(w.text, 1)) || substr(w.text, 2) || '.', 0, 10, 1, 'said', 'DIRECT',
       p0.first + (a.id * 7 + k) % 2000, 'spokesperson', 0.95,
       'CONFIRMED', 'EXTRACTED', 'bench', a.publish_at, a.publish_at, a.publish_at, 0
from article a
cross join generate_series(0, ceil(:quotes::numeric / :articles)::int - 1) k
cross join (select min(id) as first from person where slug like 'search-person-%') p0
cross join lateral (select pg_temp.words(a.id * 10 + k + 50000000, 12) as text) w
where a.slug like 'search-article-%';

commit;
analyze article;
analyze quote;
analyze person;
