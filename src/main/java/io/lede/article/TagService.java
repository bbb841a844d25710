package io.lede.article;

import io.lede.article.ArticleRequests.TagInput;
import io.lede.article.ArticleViews.TagView;
import io.lede.publishing.ChangesContent;
import io.lede.support.Slugs;
import io.lede.support.Text;
import io.lede.support.Timestamps;
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
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Tags: the public list with counts of published articles, and staff writes. */
@ApplicationScoped
public class TagService {

    private static final String VIEW = "select new io.lede.article.ArticleViews$TagView(t.id, t.slug, t.name,"
            + " t.description, (select count(a) from Article a join a.tags at where at.id = t.id and "
            + ArticleVisibility.PUBLIC + "), t.updatedAt) from Tag t";

    private final EntityManager em;

    public TagService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Page<TagView> list(Cursor after, int limit) {
        TypedQuery<TagView> query = em.createQuery(
                        VIEW + (after == null ? "" : " where t.slug > :after") + " order by t.slug", TagView.class)
                .setParameter(ArticleVisibility.NOW, Timestamps.now());
        if (after != null) {
            query.setParameter("after", after.sortKey());
        }
        List<TagView> rows = query.setMaxResults(limit + 1).getResultList();
        return Paging.page(rows, limit, tag -> Cursor.after(tag.slug(), tag.id()));
    }

    @Transactional
    public Optional<TagView> find(String slug) {
        return em.createQuery(VIEW + " where t.slug = :slug", TagView.class)
                .setParameter("slug", slug)
                .setParameter(ArticleVisibility.NOW, Timestamps.now())
                .getResultStream()
                .findFirst();
    }

    @ChangesContent
    @Transactional
    public TagView create(TagInput input) {
        Tag tag = new Tag();
        tag.createdAt = Timestamps.now();
        if (input.slug() != null && Tag.findBySlug(input.slug()).isPresent()) {
            throw Problems.conflict("A tag with the slug '" + input.slug() + "' already exists.");
        }
        tag.slug = input.slug() != null
                ? input.slug()
                : Slugs.unique(Slugs.fromTitle(input.name(), "tag"), slug -> Tag.findBySlug(slug)
                        .isPresent());
        apply(tag, input, tag.createdAt);
        tag.persist();
        em.flush();
        return find(tag.slug).orElseThrow();
    }

    @ChangesContent
    @Transactional
    public TagView update(String idOrSlug, TagInput input, OptionalLong expectedVersion) {
        Tag tag = require(idOrSlug);
        Preconditions.check(expectedVersion, tag.version, "tag");
        if (input.slug() != null && !input.slug().equals(tag.slug)) {
            if (Tag.findBySlug(input.slug()).isPresent()) {
                throw Problems.conflict("A tag with the slug '" + input.slug() + "' already exists.");
            }
            tag.slug = input.slug();
        }
        apply(tag, input, Timestamps.now());
        em.flush();
        return find(tag.slug).orElseThrow();
    }

    /** Deleting a tag removes it from every article that carried it. */
    @ChangesContent
    @Transactional
    public void delete(String idOrSlug) {
        Tag tag = require(idOrSlug);
        em.createNativeQuery("delete from article_tag where tag_id = :id")
                .setParameter("id", tag.id)
                .executeUpdate();
        tag.delete();
    }

    private Tag require(String idOrSlug) {
        Optional<Tag> tag = Slugs.looksLikeId(idOrSlug)
                ? Tag.<Tag>findByIdOptional(Long.parseLong(idOrSlug))
                : Tag.findBySlug(idOrSlug);
        return tag.orElseThrow(() -> Problems.notFound("tag", idOrSlug));
    }

    private static void apply(Tag tag, TagInput input, Instant now) {
        tag.name = input.name().strip();
        tag.description = Text.blankToNull(input.description());
        tag.updatedAt = now;
    }
}
