package io.lede.ingest;

import java.util.List;

/** A scraped page taken apart: its headline, the paragraphs of the story, what was removed, and its rights. */
public record ImportedPage(
        String title, List<String> paragraphs, List<RemovedBlock> removed, RightsFooter rights, String canonicalUrl) {}
