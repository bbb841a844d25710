package io.lede.publishing;

/**
 * Whom an answer is built for. The audience is part of the cache key, so answers for different audiences never
 * mix, and it decides who may keep a copy: anyone's answer may be kept by browsers and CDNs.
 *
 * @param name distinct for every audience whose answers differ
 * @param shared whether browsers and CDNs may keep the answer for everyone
 */
public record Audience(String name, boolean shared) {

    /** Readers without credentials. */
    public static final Audience ANYONE = new Audience("public", true);
}
