package io.lede.feed;

/** Which articles a feed shows: all of them, a tag's, or an author's. */
record FeedScope(Kind kind, String slug) {

    enum Kind {
        ALL,
        TAG,
        AUTHOR
    }

    static final FeedScope ALL = new FeedScope(Kind.ALL, null);

    static FeedScope tag(String slug) {
        return new FeedScope(Kind.TAG, slug);
    }

    static FeedScope author(String slug) {
        return new FeedScope(Kind.AUTHOR, slug);
    }

    /** The feed's path under the base URI, without the extension. */
    String path() {
        return switch (kind) {
            case ALL -> "feeds/articles";
            case TAG -> "feeds/tags/" + slug;
            case AUTHOR -> "feeds/authors/" + slug;
        };
    }
}
