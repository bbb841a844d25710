package io.lede.demo;

import io.lede.image.ImageRequests.FocalPointInput;
import java.util.List;

/** The shape of {@code demo/content.json}: original demo writing for a fictional city. */
record DemoContent(List<DemoImage> images, List<DemoPerson> people, List<DemoTag> tags, List<DemoArticle> articles) {

    /** A picture under {@code /demo-images/} that Lede serves itself (drawn by scripts/make-demo-images.py). */
    record DemoImage(String file, String alt, String caption, FocalPointInput focalPoint) {}

    record DemoPerson(
            String slug,
            String portrait,
            String name,
            String jobTitle,
            String affiliation,
            String bio,
            List<String> sameAs) {}

    record DemoTag(String slug, String name, String description) {}

    record DemoArticle(
            String slug,
            String featuredImage,
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
