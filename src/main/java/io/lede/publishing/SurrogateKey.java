package io.lede.publishing;

/**
 * A name in a response's {@code Surrogate-Key} header, by which a CDN purges every answer that shows the thing it
 * names: a collection ({@code articles}) or one member of it ({@code article-12}).
 */
public record SurrogateKey(String value) {

    public static final SurrogateKey ARTICLES = new SurrogateKey("articles");
    public static final SurrogateKey PEOPLE = new SurrogateKey("people");
    public static final SurrogateKey TAGS = new SurrogateKey("tags");
    public static final SurrogateKey QUOTES = new SurrogateKey("quotes");
    public static final SurrogateKey COMMENTS = new SurrogateKey("comments");
    /** Every search answer: a CDN purges them all when anything public changes. */
    public static final SurrogateKey SEARCH = new SurrogateKey("search");

    public static SurrogateKey article(long id) {
        return new SurrogateKey("article-" + id);
    }

    public static SurrogateKey person(long id) {
        return new SurrogateKey("person-" + id);
    }

    public static SurrogateKey tag(long id) {
        return new SurrogateKey("tag-" + id);
    }

    /** Every answer that shows the image: an article it features or illustrates, a person's portrait. */
    public static SurrogateKey image(long id) {
        return new SurrogateKey("image-" + id);
    }

    /** Every comment page of one article. */
    public static SurrogateKey commentsOfArticle(long articleId) {
        return new SurrogateKey("comments-article-" + articleId);
    }

    @Override
    public String toString() {
        return value;
    }
}
