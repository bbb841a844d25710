package io.lede.demo;

import java.util.List;

/** The shape of {@code demo/content.json}: original demo writing for a fictional city. */
record DemoContent(List<DemoPerson> people, List<DemoTag> tags, List<DemoArticle> articles) {

    record DemoPerson(String slug, String name, String jobTitle, String affiliation, String bio, List<String> sameAs) {}

    record DemoTag(String slug, String name, String description) {}

    record DemoArticle(
            String slug,
            String title,
            String dek,
            List<String> authors,
            List<String> tags,
            String state,
            Integer daysAgo,
            Integer daysAhead,
            String correction,
            String body) {}
}
