package io.lede.syndication.attribution;

/** A ready credit line in three forms, each with the link to the original in it. */
public record Credit(String text, String html, String markdown) {}
