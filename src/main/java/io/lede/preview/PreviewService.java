package io.lede.preview;

import io.lede.article.ArticleQueries;
import io.lede.article.ArticleQueries.ArticleRef;
import io.lede.article.ArticleStatus;
import io.lede.article.ArticleViews.ArticleView;
import io.lede.preview.PreviewViews.IssuedPreviewLink;
import io.lede.preview.PreviewViews.NewPreviewLink;
import io.lede.preview.PreviewViews.PreviewLinkView;
import io.lede.security.TokenSecrets;
import io.lede.support.Timestamps;
import io.lede.web.Problems;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Issues, lists, revokes and resolves preview links. Links are made for articles the public cannot read yet (drafts,
 * scheduled and unpublished ones); a link made before publication keeps working after it until it expires or is
 * revoked, so whoever it was shared with is not sent to a 404 at the moment the story goes out.
 */
@ApplicationScoped
public class PreviewService {

    static final String TOKEN_KIND = "pv_";
    private static final int PREFIX_LENGTH = 12;
    static final String READ_PATH = "/api/v1/preview/";

    private final ArticleQueries articles;
    private final Duration defaultLifetime;
    private final Duration maxLifetime;

    public PreviewService(ArticleQueries articles, PreviewConfig config) {
        this.articles = articles;
        this.defaultLifetime = config.defaultLifetime();
        this.maxLifetime = config.maxLifetime();
    }

    @Transactional
    public IssuedPreviewLink issue(String articleIdOrSlug, NewPreviewLink request) {
        ArticleRef article = article(articleIdOrSlug);
        if (article.status() == ArticleStatus.PUBLISHED) {
            throw Problems.conflict("The article is published; share its public URL instead of a preview link.");
        }
        Instant now = Timestamps.now();
        Instant expiresAt = request == null || request.expiresAt() == null
                ? now.plus(defaultLifetime)
                : request.expiresAt().truncatedTo(ChronoUnit.MICROS);
        if (!expiresAt.isAfter(now)) {
            throw Problems.invalid("expiresAt", "must be in the future");
        }
        if (expiresAt.isAfter(now.plus(maxLifetime))) {
            throw Problems.invalid("expiresAt", "must be at most " + maxLifetime.toDays() + " days from now");
        }
        String token = TokenSecrets.generate(TOKEN_KIND);
        PreviewLink link = new PreviewLink();
        link.articleId = article.id();
        link.prefix = TokenSecrets.prefixOf(token, PREFIX_LENGTH);
        link.tokenHash = TokenSecrets.hash(token);
        link.createdAt = now;
        link.expiresAt = expiresAt;
        link.persist();
        return new IssuedPreviewLink(
                link.id, link.articleId, link.prefix, token, READ_PATH + token, link.createdAt, link.expiresAt);
    }

    /**
     * Makes sure a live link with this known token shows the article, for the demo (so the README can show a preview
     * in one line); the token is kept only as its hash, like every other.
     */
    @Transactional
    public void ensureKnown(String articleIdOrSlug, String token, Duration lifetime) {
        Instant now = Timestamps.now();
        PreviewLink link = PreviewLink.<PreviewLink>find("tokenHash", TokenSecrets.hash(token))
                .firstResultOptional()
                .orElseGet(() -> {
                    PreviewLink made = new PreviewLink();
                    made.articleId = article(articleIdOrSlug).id();
                    made.prefix = TokenSecrets.prefixOf(token, PREFIX_LENGTH);
                    made.tokenHash = TokenSecrets.hash(token);
                    made.createdAt = now;
                    made.expiresAt = now;
                    return made;
                });
        if (!link.isLiveAt(now)) {
            link.revokedAt = null;
            link.expiresAt = now.plus(lifetime);
            link.persist();
        }
    }

    /** The article's links, newest first, at most the latest 100. */
    @Transactional
    public List<PreviewLinkView> list(String articleIdOrSlug) {
        ArticleRef article = article(articleIdOrSlug);
        Instant now = Timestamps.now();
        return PreviewLink.<PreviewLink>find("articleId", Sort.descending("id"), article.id())
                .page(0, 100)
                .list()
                .stream()
                .map(link -> view(link, now))
                .toList();
    }

    @Transactional
    public PreviewLinkView revoke(String articleIdOrSlug, long id) {
        ArticleRef article = article(articleIdOrSlug);
        PreviewLink link = PreviewLink.<PreviewLink>findByIdOptional(id)
                .filter(found -> found.articleId == article.id())
                .orElseThrow(() -> Problems.notFound("preview link", Long.toString(id)));
        Instant now = Timestamps.now();
        link.revoke(now);
        return view(link, now);
    }

    /** The article a live link shows, as it would be published; empty for an unknown, expired or revoked token. */
    @Transactional
    public Optional<ArticleView> read(String token) {
        Instant now = Timestamps.now();
        String presentedHash = TokenSecrets.hash(token);
        return PreviewLink.<PreviewLink>list("prefix", TokenSecrets.prefixOf(token, PREFIX_LENGTH)).stream()
                .filter(candidate -> TokenSecrets.matches(presentedHash, candidate.tokenHash))
                .filter(candidate -> candidate.isLiveAt(now))
                .findFirst()
                .flatMap(link -> articles.asPublished(link.articleId));
    }

    private ArticleRef article(String idOrSlug) {
        return articles.find(idOrSlug).orElseThrow(() -> Problems.notFound("article", idOrSlug));
    }

    private static PreviewLinkView view(PreviewLink link, Instant now) {
        String status = link.revokedAt != null ? "revoked" : link.isLiveAt(now) ? "active" : "expired";
        return new PreviewLinkView(
                link.id, link.articleId, link.prefix, status, link.createdAt, link.expiresAt, link.revokedAt);
    }
}
