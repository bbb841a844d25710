package io.lede.quote;

import io.lede.article.Article;
import io.lede.article.ArticleBodyChanged;
import io.lede.article.Person;
import io.lede.article.PersonService;
import io.lede.publishing.ChangesContent;
import io.lede.quote.QuoteRequests.NewQuote;
import io.lede.quote.QuoteRequests.QuoteCorrection;
import io.lede.quote.QuoteViews.ExtractionReport;
import io.lede.quote.extraction.CodePointIndex;
import io.lede.quote.extraction.ExtractedQuote;
import io.lede.quote.extraction.QuoteExtractor;
import io.lede.quote.extraction.QuoteKind;
import io.lede.quote.extraction.SpeakerKind;
import io.lede.security.StaffCaller;
import io.lede.support.Text;
import io.lede.support.Timestamps;
import io.lede.web.Preconditions;
import io.lede.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/** Stores what the extractor finds and what editors decide. */
@ApplicationScoped
public class QuoteService {

    private final QuoteExtractor extractor = new QuoteExtractor();
    private final EntityManager em;
    private final PersonService people;
    private final StaffCaller caller;
    private final double autoConfirmAt;
    private final Event<QuoteChanged> changed;

    public QuoteService(
            EntityManager em,
            PersonService people,
            StaffCaller caller,
            QuoteConfig config,
            Event<QuoteChanged> changed) {
        this.em = em;
        this.changed = changed;
        this.people = people;
        this.caller = caller;
        this.autoConfirmAt = config.autoConfirmAt();
    }

    /** Runs the extractor over text and stores nothing: for tooling and evaluation. */
    public List<ExtractedQuote> extract(String text) {
        return extractor.extract(text);
    }

    /**
     * Extracts again without losing editors' work: quotations an editor added, confirmed, rejected or corrected
     * stay, re-anchored to where their words now are; unreviewed suggestions are replaced by fresh ones.
     */
    @ChangesContent
    @Transactional
    public ExtractionReport reextract(String articleIdOrSlug) {
        return reextract(requireArticle(articleIdOrSlug));
    }

    /** A new article, or a new body: quotations are found afresh and editors' work follows the text. */
    void onBodyChanged(@Observes ArticleBodyChanged change) {
        reextract(requireArticle(Long.toString(change.articleId())));
    }

    @ChangesContent
    @Transactional
    public void confirm(long id, OptionalLong expectedVersion) {
        Quote quote = review(require(id), expectedVersion);
        quote.status = QuoteStatus.CONFIRMED;
        announce(quote);
    }

    @ChangesContent
    @Transactional
    public void reject(long id, OptionalLong expectedVersion) {
        Quote quote = review(require(id), expectedVersion);
        quote.status = QuoteStatus.REJECTED;
        announce(quote);
    }

    /** An editor's correction is a decision: the quotation is confirmed as corrected. */
    @ChangesContent
    @Transactional
    public void correct(long id, QuoteCorrection correction, OptionalLong expectedVersion) {
        Quote quote = review(require(id), expectedVersion);
        int start = correction.start() != null ? correction.start() : quote.start;
        int end = correction.end() != null ? correction.end() : quote.end;
        if (start != quote.start || end != quote.end) {
            place(quote, quote.article.bodyText, start, end);
        }
        if (correction.speaker() != null || correction.speakerName() != null) {
            quote.speaker = speaker(
                    correction.speaker(),
                    correction.speakerName(),
                    correction.speakerRole(),
                    correction.speakerAffiliation());
            quote.speakerKind = kindOf(quote.speaker);
            quote.mentionText = null;
            quote.mentionStart = null;
            quote.mentionEnd = null;
        }
        if (correction.speakerRole() != null) {
            quote.speakerRole = correction.speakerRole().strip();
        }
        if (correction.speakerAffiliation() != null) {
            quote.speakerAffiliation = correction.speakerAffiliation().strip();
        }
        if (correction.cue() != null) {
            quote.cue = correction.cue().strip();
        }
        if (correction.kind() != null) {
            quote.kind = QuoteKind.valueOf(correction.kind().toUpperCase(Locale.ROOT));
        }
        quote.status = QuoteStatus.CONFIRMED;
        announce(quote);
    }

    @ChangesContent
    @Transactional
    public long add(String articleIdOrSlug, NewQuote request) {
        Article article = requireArticle(articleIdOrSlug);
        Quote quote = new Quote();
        quote.article = article;
        place(quote, article.bodyText, request.start(), request.end());
        quote.cue = request.cue();
        quote.kind = request.kind() == null
                ? QuoteKind.DIRECT
                : QuoteKind.valueOf(request.kind().toUpperCase(Locale.ROOT));
        quote.speaker =
                speaker(request.speaker(), request.speakerName(), request.speakerRole(), request.speakerAffiliation());
        quote.speakerRole = request.speakerRole();
        quote.speakerAffiliation = request.speakerAffiliation();
        quote.speakerKind = kindOf(quote.speaker);
        quote.confidence = 1.0;
        quote.origin = QuoteOrigin.EDITOR;
        quote.status = QuoteStatus.CONFIRMED;
        quote.createdAt = Timestamps.now();
        quote.updatedAt = quote.createdAt;
        quote.reviewedAt = quote.createdAt;
        quote.reviewedBy = caller.tokenName();
        quote.persist();
        announce(quote);
        return quote.id;
    }

    @ChangesContent
    @Transactional
    public void delete(long id) {
        Quote quote = require(id);
        changed.fire(new QuoteChanged(quote.id, quote.article.id, true));
        quote.delete();
    }

    /** Flushes the quotation and tells the change feed, in this transaction. */
    private void announce(Quote quote) {
        em.flush();
        changed.fire(new QuoteChanged(quote.id, quote.article.id, false));
    }

    private ExtractionReport reextract(Article article) {
        String text = article.bodyText;
        List<Quote> kept = new ArrayList<>();
        int replaced = 0;
        int dropped = 0;
        for (Quote quote : Quote.<Quote>list("article", article)) {
            if (!quote.isEditorial()) {
                quote.delete();
                replaced++;
            } else {
                int before = quote.start;
                if (reanchor(quote, text)) {
                    kept.add(quote);
                    if (quote.start != before) {
                        announce(quote);
                    }
                } else {
                    changed.fire(new QuoteChanged(quote.id, article.id, true));
                    quote.delete();
                    dropped++;
                }
            }
        }
        em.flush();
        int added = 0;
        for (ExtractedQuote found : extractor.extract(text)) {
            if (kept.stream().noneMatch(q -> q.start < found.end() && found.start() < q.end)) {
                store(article, found);
                added++;
            }
        }
        return new ExtractionReport(added, kept.size(), replaced, dropped);
    }

    private void store(Article article, ExtractedQuote found) {
        Quote quote = new Quote();
        quote.article = article;
        quote.text = found.text();
        quote.start = found.start();
        quote.end = found.end();
        quote.paragraph = found.paragraph();
        quote.cue = Text.clip(found.cue(), 120);
        quote.kind = found.kind();
        if (found.speaker() != null) {
            quote.speaker = people.findOrCreateSpeaker(
                    found.speaker().name(),
                    found.speaker().role(),
                    found.speaker().affiliation(),
                    found.speaker().kind() == SpeakerKind.ORGANISATION);
            quote.speakerKind = found.speaker().kind();
            quote.speakerRole = Text.clip(found.speaker().role(), 300);
            quote.speakerAffiliation = Text.clip(found.speaker().affiliation(), 200);
        }
        if (found.mention() != null) {
            quote.mentionText = Text.clip(found.mention().text(), 300);
            quote.mentionStart = found.mention().start();
            quote.mentionEnd = found.mention().end();
        }
        quote.confidence = Math.max(0, Math.min(1, found.confidence()));
        quote.origin = QuoteOrigin.EXTRACTED;
        boolean sure = quote.confidence >= autoConfirmAt && quote.speaker != null;
        quote.status = sure ? QuoteStatus.CONFIRMED : QuoteStatus.SUGGESTED;
        quote.createdAt = Timestamps.now();
        quote.updatedAt = quote.createdAt;
        if (sure) {
            quote.reviewedBy = "auto-confirm";
            quote.reviewedAt = quote.createdAt;
        }
        quote.persist();
        if (sure) {
            announce(quote);
        }
    }

    /** Moves a kept quotation to where its words are in the new text, nearest its old place. */
    private static boolean reanchor(Quote quote, String text) {
        CodePointIndex codePoints = new CodePointIndex(text);
        int best = -1;
        for (int at = text.indexOf(quote.text); at >= 0; at = text.indexOf(quote.text, at + 1)) {
            int start = codePoints.at(at);
            if (best < 0 || Math.abs(start - quote.start) < Math.abs(best - quote.start)) {
                best = start;
            }
        }
        if (best < 0) {
            return false;
        }
        int length = quote.end - quote.start;
        quote.start = best;
        quote.end = best + length;
        quote.paragraph = paragraphAt(text, codePoints.utf16Index(best));
        return true;
    }

    private static void place(Quote quote, String text, int start, int end) {
        CodePointIndex codePoints = new CodePointIndex(text);
        if (start < 0 || end <= start || end > codePoints.length()) {
            throw Problems.invalid(
                    "end",
                    "the span must lie within the article's " + codePoints.length() + " code points, start before end");
        }
        quote.start = start;
        quote.end = end;
        quote.text = text.substring(codePoints.utf16Index(start), codePoints.utf16Index(end));
        quote.paragraph = paragraphAt(text, codePoints.utf16Index(start));
    }

    private static int paragraphAt(String text, int index) {
        int paragraph = 0;
        for (int at = text.indexOf("\n\n"); at >= 0 && at < index; at = text.indexOf("\n\n", at + 2)) {
            paragraph++;
        }
        return paragraph;
    }

    /** An editor's speaker is a person record: a person, or an organisation where the record says so. */
    private static SpeakerKind kindOf(Person person) {
        return person == null
                ? null
                : "ORGANISATION".equals(person.kind) ? SpeakerKind.ORGANISATION : SpeakerKind.PERSON;
    }

    private Person speaker(String slug, String name, String role, String affiliation) {
        if (slug != null) {
            return Person.<Person>find("slug", slug)
                    .firstResultOptional()
                    .orElseThrow(() -> Problems.invalid("speaker", "no person has the slug '" + slug + "'"));
        }
        return name == null ? null : people.findOrCreateSpeaker(name, role, affiliation);
    }

    private Quote review(Quote quote, OptionalLong expectedVersion) {
        Preconditions.check(expectedVersion, quote.version, "quotation");
        Instant now = Timestamps.now();
        quote.reviewedBy = caller.tokenName();
        quote.reviewedAt = now;
        quote.updatedAt = now;
        return quote;
    }

    private static Quote require(long id) {
        return Quote.<Quote>findByIdOptional(id).orElseThrow(() -> Problems.notFound("quotation", Long.toString(id)));
    }

    private static Article requireArticle(String idOrSlug) {
        return Article.findByIdOrSlug(idOrSlug).orElseThrow(() -> Problems.notFound("article", idOrSlug));
    }
}
