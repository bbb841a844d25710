package io.lede.comment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Reader comments: keys, windows, limits, screening and the optional outside check; all under lede.comments. */
@ConfigMapping(prefix = "lede.comments")
public interface CommentConfig {

    /** Key for the hashes that stand in for email addresses and IPs; set LEDE_HASH_KEY in production. */
    Optional<String> hashKey();

    /** How long the author may edit or delete a comment with the secret returned when posting. */
    @WithDefault("15M")
    java.time.Duration editWindow();

    /** Comments close this many days after an article is published; 0 keeps them open. */
    @WithDefault("0")
    int closeAfterDays();

    /** Replies shown with each top-level comment; the rest of the thread is a link away. */
    @WithDefault("3")
    int repliesShown();

    /** Comments one IP address may post per window. */
    @WithDefault("5")
    int perIp();

    /** Comments one email address may post per window. */
    @WithDefault("5")
    int perEmail();

    @WithDefault("10M")
    java.time.Duration rateWindow();

    /** How far back a new comment is compared with others for duplicates, across all articles. */
    @WithDefault("24H")
    java.time.Duration duplicateWindow();

    /** Reports from this many readers send an approved comment back to the moderation queue. */
    @WithDefault("3")
    int reportsToRequeue();

    Screening screening();

    Akismet akismet();

    /** An Akismet-compatible service consulted after local screening; off unless enabled. */
    interface Akismet {
        @WithDefault("false")
        boolean enabled();

        @WithDefault("https://rest.akismet.com/1.1/comment-check")
        String url();

        Optional<String> apiKey();

        /** The site the comments belong to, as the service knows it. */
        @WithDefault("https://news.example.com")
        String site();

        @WithDefault("2S")
        java.time.Duration timeout();
    }

    /** Every threshold and list the screening rules use; see the README. */
    interface Screening {
        @WithDefault("2")
        int maxLinks();

        /** Words that mark a comment as spam. */
        Optional<java.util.List<String>> blockedWords();

        /** Words that hold a comment for a moderator. */
        Optional<java.util.List<String>> heldWords();

        @WithDefault("true")
        boolean holdFirstTimeCommenters();

        @WithDefault("0.5")
        double nearDuplicateSimilarity();

        @WithDefault("0.5")
        double classifierHoldProbability();

        @WithDefault("0.9")
        double classifierSpamProbability();

        /** Shorter comments are never exact duplicates (spam) on their own; they still count as a wave. */
        @WithDefault("5")
        int duplicateMinWords();

        /** What each spam signal adds to the classifier's log-odds; 0 switches it off. */
        @WithDefault("3.0")
        double linkWeight();

        @WithDefault("3.0")
        double selfPromotionWeight();

        @WithDefault("3.0")
        double moneyOfferWeight();

        @WithDefault("2.0")
        double engagementBaitWeight();

        @WithDefault("1.0")
        double waveWeight();

        /**
         * Spam at or above this probability is learned as spam at once, without waiting for a moderator (who can
         * still overturn it); above 1 turns it off.
         */
        @WithDefault("0.9999")
        double autoLearnSpamProbability();
    }
}
