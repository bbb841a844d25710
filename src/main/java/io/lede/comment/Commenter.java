package io.lede.comment;

/**
 * Who posts: the address the post came from (for the optional spam service only, never stored) and the keyed
 * hashes that stand in for it and for the email address.
 */
public record Commenter(String ip, String ipHash, String emailHash) {

    /** Names the commenter for idempotency keys: another email or another address is another caller. */
    String caller() {
        return emailHash + ":" + ipHash;
    }
}
