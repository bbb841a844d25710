package io.lede.comment.screening;

import java.util.List;

/**
 * What screening needs to know about a new comment. The caller gathers the history: whether the author (by email
 * hash) has had a comment approved before, and the fingerprints of comments posted on any article within its
 * duplicate window, made with {@link Screening#fingerprint(String)} so they use the policy's shingle size.
 *
 * @param honeypot the value of the form field humans never see; anything but blank means a bot filled it in
 * @param recentComments recent comments across all articles, for duplicate and near-duplicate checks
 */
public record CommentSubmission(
        String body,
        String authorName,
        String emailHash,
        String honeypot,
        boolean authorHasApprovedComment,
        List<TextFingerprint> recentComments) {

    public CommentSubmission {
        body = body == null ? "" : body;
        authorName = authorName == null ? "" : authorName;
        recentComments = recentComments == null ? List.of() : List.copyOf(recentComments);
    }
}
