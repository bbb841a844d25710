package io.lede.syndication.excerpt;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts an article's plain text (paragraphs separated by blank lines) to a policy's limits. The cut falls at the end
 * of a paragraph or, inside one, at a sentence's end (or a word's end when the policy allows it), and never inside a
 * quotation: a place between an opening and its closing mark (“…”, «…», "…") is no place to cut, so a quotation is
 * in the excerpt whole or not at all. Lengths are counted in code points, so an emoji or an accented letter is one
 * character and is never split. Sentence ends come from {@link BreakIterator} for the article's language.
 */
public final class ExcerptCutter {

    private static final String ELLIPSIS = "…";

    /** A place the excerpt may end in one paragraph: UTF-16 index, and whether it ends a sentence. */
    private record Bound(int index, boolean sentence) {}

    private record Cut(int paragraph, int index, boolean sentence) {}

    private ExcerptCutter() {}

    public static Excerpt cut(String text, ExcerptLimits limits, Locale locale) {
        List<String> paragraphs = paragraphs(text);
        Excerpt cut = cut(paragraphs, limits, locale, limits.cutAtSentence());
        if (cut.paragraphs().isEmpty() && limits.cutAtSentence() && !paragraphs.isEmpty()) {
            // Not even the first sentence fits: whole words with an ellipsis say more than nothing.
            return cut(paragraphs, limits, locale, false);
        }
        return cut;
    }

    public static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        if (text == null) {
            return paragraphs;
        }
        for (String paragraph : text.split("\\R\\s*\\R")) {
            String stripped = paragraph.strip();
            if (!stripped.isEmpty()) {
                paragraphs.add(stripped);
            }
        }
        return paragraphs;
    }

    private static Excerpt cut(List<String> paragraphs, ExcerptLimits limits, Locale locale, boolean atSentence) {
        long chars = 0;
        long words = 0;
        Cut best = null;
        String reason = null;
        int last = paragraphs.size();
        if (limits.maxParagraphs() != null && limits.maxParagraphs() < last) {
            last = Math.max(0, limits.maxParagraphs());
            reason = Excerpt.MAX_PARAGRAPHS;
        }
        boolean ellipsisRoom = !atSentence;
        paragraphs:
        for (int p = 0; p < last; p++) {
            String paragraph = paragraphs.get(p);
            Quotations quotations = Quotations.of(paragraph);
            for (Bound bound : bounds(paragraph, locale, atSentence)) {
                boolean end = bound.index() == paragraph.length();
                if (limits.stopBeforeQuotation()
                        && quotations.firstOpening() >= 0
                        && bound.index() > quotations.firstOpening()) {
                    reason = Excerpt.QUOTATIONS;
                    break paragraphs;
                }
                if (!end && quotations.inside(bound.index())) {
                    continue;
                }
                String upTo = paragraph.substring(0, bound.index()).stripTrailing();
                long c = chars + upTo.codePointCount(0, upTo.length()) + (ellipsisRoom && !end ? 1 : 0);
                long w = words + countWords(upTo);
                if (limits.maxCharacters() != null && c > limits.maxCharacters()) {
                    reason = Excerpt.MAX_CHARACTERS;
                    break paragraphs;
                }
                if (limits.maxWords() != null && w > limits.maxWords()) {
                    reason = Excerpt.MAX_WORDS;
                    break paragraphs;
                }
                if (end || bound.sentence() || !atSentence) {
                    best = new Cut(p, bound.index(), end || bound.sentence());
                }
            }
            chars += paragraph.codePointCount(0, paragraph.length());
            words += countWords(paragraph);
        }
        if (best == null) {
            return new Excerpt(List.of(), !paragraphs.isEmpty(), paragraphs.isEmpty() ? null : reason);
        }
        List<String> kept = new ArrayList<>(paragraphs.subList(0, best.paragraph()));
        String lastParagraph = paragraphs.get(best.paragraph());
        boolean whole = best.index() == lastParagraph.length();
        String tail = lastParagraph.substring(0, best.index()).stripTrailing();
        kept.add(whole || best.sentence() ? tail : tail + ELLIPSIS);
        boolean truncated = !whole || best.paragraph() < paragraphs.size() - 1;
        return new Excerpt(kept, truncated, truncated ? reason : null);
    }

    /** Where a cut may fall in a paragraph, in order; its end is always one. */
    private static List<Bound> bounds(String paragraph, Locale locale, boolean atSentence) {
        List<Bound> bounds = new ArrayList<>();
        List<Integer> sentenceEnds = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(locale);
        sentences.setText(paragraph);
        for (int b = sentences.next(); b != BreakIterator.DONE; b = sentences.next()) {
            sentenceEnds.add(endOfText(paragraph, b));
        }
        if (atSentence) {
            for (int end : sentenceEnds) {
                bounds.add(new Bound(end, true));
            }
        } else {
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                int next = i + Character.charCount(cp);
                boolean wordEnds = !Character.isWhitespace(cp)
                        && (next == paragraph.length() || Character.isWhitespace(paragraph.codePointAt(next)));
                if (wordEnds) {
                    bounds.add(new Bound(next, sentenceEnds.contains(next)));
                }
                i = next;
            }
        }
        if (bounds.isEmpty() || bounds.get(bounds.size() - 1).index() != paragraph.length()) {
            bounds.add(new Bound(paragraph.length(), true));
        }
        return bounds;
    }

    /** A sentence boundary falls after the spaces that follow a sentence; the sentence itself ends before them. */
    private static int endOfText(String paragraph, int boundary) {
        int end = boundary;
        while (end > 0 && Character.isWhitespace(paragraph.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    static long countWords(String text) {
        long count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean space = Character.isWhitespace(cp);
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
            i += Character.charCount(cp);
        }
        return count;
    }
}
