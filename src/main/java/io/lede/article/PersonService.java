package io.lede.article;

import io.lede.article.ArticleRequests.PersonInput;
import io.lede.article.ArticleViews.PersonSummary;
import io.lede.article.ArticleViews.PersonView;
import io.lede.support.Slugs;
import io.lede.support.Text;
import io.lede.support.Timestamps;
import io.lede.web.ChangesContent;
import io.lede.web.Cursor;
import io.lede.web.Page;
import io.lede.web.Paging;
import io.lede.web.Preconditions;
import io.lede.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** People: public profiles and the staff writes that keep them. */
@ApplicationScoped
public class PersonService {

    private final EntityManager em;
    private final ArticleMapper mapper;

    public PersonService(EntityManager em, ArticleMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Transactional
    public Optional<PersonView> find(String slug) {
        return Person.findBySlug(slug).map(mapper::person);
    }

    @Transactional
    public Page<PersonSummary> list(Cursor after, int limit) {
        TypedQuery<PersonSummary> query = em.createQuery(
                "select new io.lede.article.ArticleViews$PersonSummary(p.id, p.slug, p.name, p.jobTitle,"
                        + " p.affiliation, p.updatedAt) from Person p"
                        + (after == null ? "" : " where p.slug > :after")
                        + " order by p.slug",
                PersonSummary.class);
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
        String slug = name == null ? null : Slugs.fromTitle(name, null);
        if (slug == null) {
            return null;
        }
        return Person.findBySlug(slug).orElseGet(() -> {
            Person person = new Person();
            person.slug = slug;
            person.name = name.strip();
            person.jobTitle = Text.blankToNull(role);
            person.affiliation = Text.blankToNull(affiliation);
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
        Optional<Person> person = Slugs.looksLikeId(idOrSlug)
                ? Person.<Person>findByIdOptional(Long.parseLong(idOrSlug))
                : Person.findBySlug(idOrSlug);
        return person.orElseThrow(() -> Problems.notFound("person", idOrSlug));
    }

    private static void apply(Person person, PersonInput input, Instant now) {
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
