package io.lede.article;

import io.lede.image.ImageUse;
import io.lede.image.ImageUses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/** Where articles and people show an image: as featured image, in a body, as portrait. */
@ApplicationScoped
public class ArticleImageUses implements ImageUses {

    private final EntityManager em;

    public ArticleImageUses(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<ImageUse> of(long imageId) {
        List<ImageUse> uses = new ArrayList<>();
        add(
                uses,
                "as the featured image of articles",
                false,
                "select count(a) from Article a where a.featuredImage.id = :id",
                imageId);
        add(
                uses,
                "in article bodies",
                true,
                "select count(distinct a) from Article a join a.bodyImages i where i.id = :id",
                imageId);
        add(
                uses,
                "as the portrait of people",
                false,
                "select count(p) from Person p where p.portrait.id = :id",
                imageId);
        return uses;
    }

    private void add(List<ImageUse> uses, String where, boolean embedsUrl, String jpql, long imageId) {
        long count =
                em.createQuery(jpql, Long.class).setParameter("id", imageId).getSingleResult();
        if (count > 0) {
            uses.add(new ImageUse(where, count, embedsUrl));
        }
    }
}
