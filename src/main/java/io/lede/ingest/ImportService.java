package io.lede.ingest;

import io.lede.article.ArticleRequests;
import io.lede.article.ArticleRequests.ArticleInput;
import io.lede.article.ArticleService;
import io.lede.article.ArticleViews.StaffArticleView;
import io.lede.quote.QuoteQueries;
import io.lede.syndication.policy.PolicyService;
import io.lede.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns a scraped page into a draft article, once per page; creating it extracts its quotations. */
@ApplicationScoped
public class ImportService {

    private final PageParser parser = new PageParser();
    private final ArticleService articles;
    private final QuoteQueries quotes;
    private final PolicyService policies;

    public ImportService(ArticleService articles, QuoteQueries quotes, PolicyService policies) {
        this.articles = articles;
        this.quotes = quotes;
        this.policies = policies;
    }

    @Transactional
    public ImportResult importText(String text) {
        return save(parser.parseText(text));
    }

    @Transactional
    public ImportResult importHtml(String html) {
        return save(parser.parseHtml(html));
    }

    private ImportResult save(ImportedPage page) {
        String sourceHash = hash(page);
        Optional<StaffArticleView> existing = articles.findImported(sourceHash);
        if (existing.isPresent()) {
            StaffArticleView article = existing.get();
            return new ImportResult(article, quotes.ofArticle(article.id()), page.removed(), page.rights(), true);
        }
        RightsFooter rights = page.rights();
        String body = page.paragraphs().stream().map(MarkdownText::escape).collect(Collectors.joining("\n\n"));
        if (body.length() > ArticleRequests.MAX_BODY) {
            throw Problems.invalid(
                    "page",
                    "its text is " + body.length() + " characters; an article body may have at most "
                            + ArticleRequests.MAX_BODY);
        }
        ArticleInput input = new ArticleInput(
                null,
                truncate(page.title(), 300),
                null,
                body,
                List.of(),
                List.of(),
                page.canonicalUrl(),
                null,
                rights == null ? null : truncate(rights.holder(), 200),
                rights == null ? null : rights.year(),
                rights == null
                        ? null
                        : truncate(rights.excerptTerms() != null ? rights.excerptTerms() : rights.text(), 2000),
                null,
                null);
        StaffArticleView article = articles.createImported(input, sourceHash);
        if (rights != null && rights.excerptsAllowed() && rights.linkRequired()) {
            // The footer's terms become the article's rights policy: excerpts, with credit and a link.
            policies.adoptFooterTerms(
                    article.id(),
                    rights.creditTo() != null ? rights.creditTo() : rights.holder(),
                    truncate(rights.excerptTerms(), 2000));
        }
        return new ImportResult(article, quotes.ofArticle(article.id()), page.removed(), rights, false);
    }

    /** Two imports of the same story are the same page, however their whitespace or furniture differ. */
    private static String hash(ImportedPage page) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(page.title().getBytes(StandardCharsets.UTF_8));
            for (String paragraph : page.paragraphs()) {
                digest.update((byte) '\n');
                digest.update(paragraph.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length
                ? value
                : value.substring(0, length - 1).strip() + "…";
    }
}
