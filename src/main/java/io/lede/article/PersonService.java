package io.lede.article;

import io.lede.article.ArticleRequests.PersonInput;
import io.lede.article.ArticleViews.PersonSummary;
import io.lede.article.ArticleViews.PersonView;
import io.lede.image.ImageService;
import io.lede.publishing.ChangesContent;
import io.lede.support.Slugs;
import io.lede.support.Text;
import io.lede.support.Timestamps;
import io.lede.web.Cursor;
import io.lede.web.Page;
import io.lede.web.Paging;
import io.lede.web.Preconditions;
import io.lede.web.Problems;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** People: public profiles and the staff writes that keep them. */
@ApplicationScoped
public class PersonService {

    private final EntityManager em;
    private final ArticleMapper mapper;
    private final String isPublic;
    private final ImageService images;

    public PersonService(
            EntityManager em, ArticleMapper mapper, @All List<PublicPersonRule> rules, ImageService images) {
        this.em = em;
        this.mapper = mapper;
        this.images = images;
        this.isPublic =
                rules.stream().map(PublicPersonRule::condition).sorted().collect(Collectors.joining(" or ", "(", ")"));
    }

    /** JPQL on the person {@code p}: the public may see them (see {@link PublicPersonRule}); it uses {@code :now}. */
    public String publicCondition() {
        return isPublic;
    }

    /** A person the public may see: see {@link PublicPersonRule}. */
    @Transactional
    public Optional<PersonView> findPublic(String slug) {
        return em.createQuery("select p from Person p where p.slug = :slug and " + isPublic, Person.class)
                .setParameter("slug", slug)
                .setParameter(ArticleVisibility.NOW, Timestamps.now())
                .getResultStream()
                .findFirst()
                .map(mapper::person);
    }

    @Transactional
    public Page<PersonSummary> listPublic(Cursor after, int limit) {
        return list(isPublic, after, limit);
    }

    /** Every person, public or not, for staff. */
    @Transactional
    public Page<PersonSummary> listAll(Cursor after, int limit) {
        return list("true", after, limit);
    }

    /** Any person by id or slug, for staff. */
    @Transactional
    public Optional<PersonView> findAny(String idOrSlug) {
        return lookUp(idOrSlug).map(mapper::person);
    }

    private Page<PersonSummary> list(String condition, Cursor after, int limit) {
        TypedQuery<PersonSummary> query = em.createQuery(
                "select new io.lede.article.ArticleViews$PersonSummary(p.id, p.slug, p.name, p.jobTitle,"
                        + " p.affiliation, p.updatedAt) from Person p where " + condition
                        + (after == null ? "" : " and p.slug > :after")
                        + " order by p.slug",
                PersonSummary.class);
        if (condition.contains(":" + ArticleVisibility.NOW)) {
            query.setParameter(ArticleVisibility.NOW, Timestamps.now());
        }
        if (after != null) {
            query.setParameter("after", after.sortKey());
        }
        return Paging.page(
                query.setMaxResults(limit + 1).getResultList(),
                limit,
                person -> Cursor.after(person.slug(), person.id()));
    }

    @ChangesContent
    @Transactional
    public PersonView create(PersonInput input) {
        Person person = new Person();
        person.createdAt = Timestamps.now();
        person.slug = input.slug() != null
                ? input.slug()
                : Slugs.unique(Slugs.fromTitle(input.name(), "person"), slug -> Person.findBySlug(slug)
                        .isPresent());
        if (input.slug() != null && Person.findBySlug(input.slug()).isPresent()) {
            throw Problems.conflict("A person with the slug '" + input.slug() + "' already exists.");
        }
        apply(person, input, person.createdAt);
        person.persist();
        em.flush();
        return mapper.person(person);
    }

    @ChangesContent
    @Transactional
    public PersonView update(String idOrSlug, PersonInput input, OptionalLong expectedVersion) {
        Person person = require(idOrSlug);
        Preconditions.check(expectedVersion, person.version, "person");
        if (input.slug() != null && !input.slug().equals(person.slug)) {
            if (Person.findBySlug(input.slug()).isPresent()) {
                throw Problems.conflict("A person with the slug '" + input.slug() + "' already exists.");
            }
            person.slug = input.slug();
        }
        apply(person, input, Timestamps.now());
        em.flush();
        return mapper.person(person);
    }

    /**
     * The person a quotation names: found by the slug of their name, or added with the role and affiliation the
     * article gives. Null when the name makes no slug.
     */
    @ChangesContent
    @Transactional
    public Person findOrCreateSpeaker(String name, String role, String affiliation) {
        return findOrCreateSpeaker(name, role, affiliation, false);
    }

    /** As {@link #findOrCreateSpeaker(String, String, String)}; a new record for an organisation says so. */
    public Person findOrCreateSpeaker(String name, String role, String affiliation, boolean organisation) {
        String slug = name == null ? null : Slugs.fromTitle(name, null);
        if (slug == null) {
            return null;
        }
        return Person.findBySlug(slug).orElseGet(() -> {
            Person person = new Person();
            person.slug = slug;
            person.name = Text.clip(name.strip(), 200);
            person.jobTitle = Text.clip(Text.blankToNull(role), 200);
            person.affiliation = Text.clip(Text.blankToNull(affiliation), 200);
            person.kind = organisation ? "ORGANISATION" : "PERSON";
            person.createdAt = Timestamps.now();
            person.updatedAt = person.createdAt;
            person.persist();
            return person;
        });
    }

    /** A person who is still credited on an article cannot be deleted; the database refuses and we answer 409. */
    @ChangesContent
    @Transactional
    public void delete(String idOrSlug) {
        Person person = require(idOrSlug);
        long bylines = em.createQuery("select count(a) from Article a join a.authors p where p.id = :id", Long.class)
                .setParameter("id", person.id)
                .getSingleResult();
        if (bylines > 0) {
            throw Problems.conflict(
                    "'" + person.slug + "' is credited on " + bylines + " article(s); remove those bylines first.");
        }
        person.delete();
    }

    private Person require(String idOrSlug) {
        return lookUp(idOrSlug).orElseThrow(() -> Problems.notFound("person", idOrSlug));
    }

    private static Optional<Person> lookUp(String idOrSlug) {
        return Slugs.looksLikeId(idOrSlug)
                ? Person.<Person>findByIdOptional(Long.parseLong(idOrSlug))
                : Person.findBySlug(idOrSlug);
    }

    private void apply(Person person, PersonInput input, Instant now) {
        person.portrait = images.reference("portraitImageId", input.portraitImageId());
        person.name = input.name().strip();
        person.jobTitle = Text.blankToNull(input.jobTitle());
        person.affiliation = Text.blankToNull(input.affiliation());
        person.bio = Text.blankToNull(input.bio());
        person.sameAs.clear();
        if (input.sameAs() != null) {
            person.sameAs.addAll(input.sameAs());
        }
        person.updatedAt = now;
    }
}
