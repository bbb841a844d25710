package io.lede.quote;

import io.lede.quote.QuoteViews.ArticleRef;
import io.lede.quote.QuoteViews.Citation;
import io.lede.quote.QuoteViews.SpeakerRef;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;

/** Builds the citation and the schema.org Quotation that travel with every public quotation. */
final class Citations {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Citations() {}

    static Citation cite(String quoted, SpeakerRef speaker, ArticleRef article, String publisher) {
        // A comma that closed the quotation belonged to the article's sentence, not to the speaker's words.
        String text = quoted.replaceAll("[,;:]\\s*$", "");
        String who = speakerLine(speaker);
        String date = article.publishedAt() == null
                ? null
                : DATE.format(article.publishedAt().atZone(ZoneOffset.UTC));
        String plain = "“" + text + "” — " + who + ", in “" + article.title() + "”, " + publisher
                + (date == null ? "" : ", " + date) + ". " + article.url();
        String html = "<blockquote cite=\"" + attr(article.url()) + "\"><p>" + Entities.escape(text)
                + "</p><footer>— " + Entities.escape(who) + ", in <cite><a href=\"" + attr(article.url()) + "\">"
                + Entities.escape(article.title()) + "</a></cite>, " + Entities.escape(publisher)
                + (date == null ? "" : ", <time datetime=\"" + article.publishedAt() + "\">" + date + "</time>")
                + "</footer></blockquote>";
        return new Citation(plain, html);
    }

    static Map<String, Object> jsonLd(String text, SpeakerRef speaker, ArticleRef article, String publisher) {
        Map<String, Object> quotation = new LinkedHashMap<>();
        quotation.put("@context", "https://schema.org");
        quotation.put("@type", "Quotation");
        quotation.put("text", text);
        if (speaker.name() != null) {
            Map<String, Object> person = new LinkedHashMap<>();
            boolean organisation = "organisation".equals(speaker.kind());
            person.put("@type", organisation ? "Organization" : "Person");
            person.put("name", speaker.name());
            if (speaker.role() != null && !organisation) {
                person.put("jobTitle", speaker.role());
            }
            if (speaker.affiliation() != null) {
                person.put("affiliation", Map.of("@type", "Organization", "name", speaker.affiliation()));
            }
            quotation.put("creator", person);
        }
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("@type", "NewsArticle");
        source.put("headline", article.title());
        source.put("url", article.url());
        if (article.publishedAt() != null) {
            source.put("datePublished", article.publishedAt().toString());
        }
        source.put("publisher", Map.of("@type", "Organization", "name", publisher));
        quotation.put("isPartOf", source);
        return quotation;
    }

    private static String speakerLine(SpeakerRef speaker) {
        if (speaker.name() == null) {
            return speaker.role() != null ? capitalise(speaker.role()) : "Unattributed";
        }
        return speaker.role() == null ? speaker.name() : speaker.name() + ", " + speaker.role();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String attr(String value) {
        return Entities.escape(value).replace("\"", "&quot;");
    }
}
