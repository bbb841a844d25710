package io.lede.sitemap;

import io.lede.article.ArticleQueries.Listed;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes sitemaps.org and Google News sitemap documents; the writer escapes every value. */
final class SitemapXml {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private SitemapXml() {}

    /** A page of the index: where each sitemap is and when it last changed (null: unknown). */
    record Entry(String url, Instant lastModified) {}

    static byte[] index(List<Entry> sitemaps) {
        return write(xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (Entry sitemap : sitemaps) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", sitemap.url());
                if (sitemap.lastModified() != null) {
                    element(xml, "lastmod", time(sitemap.lastModified()));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    static byte[] urls(List<Listed> articles) {
        return write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (Listed article : articles) {
                xml.writeStartElement("url");
                element(xml, "loc", article.url());
                element(xml, "lastmod", time(article.updatedAt()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    static byte[] news(List<Listed> articles, String publication) {
        return write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("news", NEWS_NS);
            for (Listed article : articles) {
                xml.writeStartElement("url");
                element(xml, "loc", article.url());
                xml.writeStartElement("news", "news", NEWS_NS);
                xml.writeStartElement("news", "publication", NEWS_NS);
                newsElement(xml, "name", publication);
                newsElement(xml, "language", newsLanguage(article.language()));
                xml.writeEndElement();
                newsElement(xml, "publication_date", time(article.publishedAt()));
                newsElement(xml, "title", article.title());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /**
     * Google News takes an ISO 639 code, with {@code zh-cn} and {@code zh-tw} the only regional forms: "pt-BR"
     * becomes "pt".
     */
    static String newsLanguage(String tag) {
        String lower = tag == null || tag.isBlank() ? "en" : tag.toLowerCase(Locale.ROOT);
        if (lower.equals("zh-cn") || lower.equals("zh-tw")) {
            return lower;
        }
        int dash = lower.indexOf('-');
        return dash < 0 ? lower : lower.substring(0, dash);
    }

    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void newsElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement("news", name, NEWS_NS);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(SITEMAP_NS);
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
