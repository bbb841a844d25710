package io.lede.ingest;

/** A block of page furniture taken out of an imported page, and why. */
public record RemovedBlock(String kind, String text) {

    public static final String COMMENT_PROMPT = "comment-prompt";
    public static final String SPAM_NOTICE = "spam-notice";
    public static final String SHARE = "share";
    public static final String SUBSCRIBE = "subscribe";
    public static final String RELATED = "related";
    public static final String ADVERTISEMENT = "advertisement";
    public static final String RIGHTS_FOOTER = "rights-footer";
    public static final String PAGE_CHROME = "page-chrome";
}
