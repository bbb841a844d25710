package io.lede.quote.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides, for each quoted span, whether it is speech and which cue attributes it, from the words before it in its
 * sentence (the lead) and the words after it (the tail). Quotations split around a cue (“…,” she said, “…”) come
 * out as two quotations sharing that cue.
 */
final class QuoteClassifier {

    private static final Pattern NAMING = Pattern.compile("(?i)(?:call|describ|dub|label|brand|term|nam)");
    private static final Pattern BLANK_LEAD = Pattern.compile("[\\s—–-]*");
    private static final Pattern ATTACHED_TAIL = Pattern.compile("[\\s,—–-]*");
    private static final Pattern DESCRIBED_SUBJECT =
            Pattern.compile("[\\s,—–-]*(?:[\\p{L}\\p{M}\\p{N}'’.-]+\\s+){1,5}");
    private static final Pattern TERM_MARKER = Pattern.compile("(?i)(?<![\\p{L}])(?:so-called|nicknamed|dubbed"
            + "|known as|called|named|titled|entitled|branded|labell?ed|billed as|word|term|phrase|slogan|motto"
            + "|sign|signs|banner|banners|read|reading|marked|headlined|hashtag)\\s*[:,]?\\s*$");
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?i)(?:(?<![\\p{L}])(?:on|show|program|programme|book"
            + "|film|movie|song|album|series|host of|author of|anchor of|titled)|\\p{L}['’]s?)\\s*[:,]?\\s*$");
    private static final Pattern DETERMINER_BEFORE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:the|a|an|this|that" + "|these|those|its|their|his|her|our|such|so-called)\\s*$");
    private static final Pattern INTRODUCED = Pattern.compile("[^,:;.!?]{0,40}[,:]\\s*|\\s*");
    private static final Pattern FIRST_PERSON =
            Pattern.compile("(?i)(?<![\\p{L}])(?:I|we|us|our|my|me|I['’]m)(?![\\p{L}])");
    private static final Pattern CLOSING = Pattern.compile("\\s*[.!?]?[\"”’]?\\s*");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[^.!?;:“”\"]{1,80},\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("\\s*[.!?;:]?\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    private final String text;
    private final Sentences sentences;
    private final List<Paragraph> paragraphs;
    private final List<QuotedSpan> spans;
    private final List<Cue> cues;
    private final Set<String> terms = new HashSet<>();

    QuoteClassifier(
            String text, Sentences sentences, List<Paragraph> paragraphs, List<QuotedSpan> spans, List<Cue> cues) {
        this.text = text;
        this.sentences = sentences;
        this.paragraphs = paragraphs;
        this.spans = spans;
        this.cues = cues;
    }

    /** One attribution per span, in order; null where the span is not speech. */
    Attribution[] classify() {
        Attribution[] attributions = new Attribution[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            Attribution previous = i > 0 ? attributions[i - 1] : null;
            attributions[i] = classify(i, previous);
            if (attributions[i] == null) {
                terms.add(normalised(spans.get(i)));
            }
        }
        return attributions;
    }

    private Attribution classify(int index, Attribution previous) {
        QuotedSpan span = spans.get(index);
        Paragraph first = paragraphs.get(span.firstParagraph());
        Paragraph last = paragraphs.get(span.lastParagraph());
        QuotedSpan before = index > 0 ? spans.get(index - 1) : null;
        QuotedSpan after = index + 1 < spans.size() ? spans.get(index + 1) : null;

        int floor = before != null && before.after() > first.start() ? before.after() : first.start();
        int leadStart = sentences.startBefore(span.open(), floor);
        int ceiling = after != null && after.open() < last.end() ? after.open() : last.end();
        int tailEnd = sentences.endAfter(span.after(), ceiling);
        CharSequence lead = text.subSequence(leadStart, span.open());

        if (TERM_MARKER.matcher(lead).find() || isTitle(span, lead)) {
            return null;
        }
        if (BLANK_LEAD.matcher(lead).matches()) {
            Cue tailCue = attachedCueIn(span.after(), tailEnd);
            if (tailCue != null) {
                return new Attribution(QuoteKind.DIRECT, tailCue);
            }
            Cue closing = closingCueIn(span.after(), tailEnd);
            if (closing != null && !isScareQuote(span, lead)) {
                // “We will not wait” for the council, Lund said. — the sentence ends with who said it.
                return new Attribution(QuoteKind.MIXED, closing);
            }
            if (!standsAlone(span, tailEnd)) {
                return null;
            }
            // “Never again.” That was how Ida Lund put it. — the next sentence names the speaker.
            Cue next = tailEnd < ceiling ? spokenCueIn(tailEnd, sentences.endAfter(tailEnd + 1, ceiling)) : null;
            return new Attribution(QuoteKind.DIRECT, next);
        }
        Cue leadCue = lastCueIn(leadStart, span.open());
        if (leadCue == null) {
            // "The timetable is “a puzzle,” Lund said." / "Her answer was short: “We cannot,” Falk said."
            Cue tailCue = attachedCueIn(span.after(), tailEnd);
            if (tailCue == null) {
                tailCue = closingCueIn(span.after(), tailEnd);
            }
            if (tailCue == null || isScareQuote(span, lead)) {
                return null;
            }
            boolean afterColon = lead.toString().stripTrailing().endsWith(":");
            return new Attribution(afterColon && startsSentence(span) ? QuoteKind.DIRECT : QuoteKind.MIXED, tailCue);
        }
        if (previous != null && previous.cue() == leadCue && leadStart <= before.after()) {
            return new Attribution(QuoteKind.DIRECT, leadCue);
        }
        CharSequence between = text.subSequence(Math.min(leadCue.attributionEnd(), span.open()), span.open());
        if (INTRODUCED.matcher(between).matches() && startsSentence(span)) {
            return new Attribution(QuoteKind.DIRECT, leadCue);
        }
        boolean personSpoke = leadCue.subject() != null
                && (leadCue.subject().kind() == Mention.Kind.NAME
                        || leadCue.subject().kind() == Mention.Kind.PRONOUN);
        if (personSpoke && !NAMING.matcher(leadCue.text()).lookingAt()) {
            // "Berg said the ferry was a “fast ferry”": a person's words, not a scare quote; "called it a “…”" names.
            return terms.contains(normalised(span)) ? null : new Attribution(QuoteKind.MIXED, leadCue);
        }
        return isScareQuote(span, lead) ? null : new Attribution(QuoteKind.MIXED, leadCue);
    }

    /** A cue right after the closing mark: “…,” she said / “…,” said Doe / “…,” according to Doe. */
    private Cue attachedCueIn(int from, int to) {
        for (int i = firstCueAtOrAfter(from); i < cues.size() && cues.get(i).start() < to; i++) {
            Cue cue = cues.get(i);
            CharSequence between = text.subSequence(from, Math.max(from, cue.attributionStart()));
            if (ATTACHED_TAIL.matcher(between).matches()
                    || cue.subject() != null
                            && DESCRIBED_SUBJECT.matcher(between).matches()) {
                // “…,” Texas delegate Bill Eastland said: a few words describing the named subject come first.
                return cue;
            }
        }
        return null;
    }

    /**
     * A cue with a subject that closes the sentence the quotation is in, after a few words of its own: “…” for the
     * council, Lund said.
     */
    private Cue closingCueIn(int from, int sentenceEnd) {
        for (int i = firstCueAtOrAfter(from); i < cues.size() && cues.get(i).start() < sentenceEnd; i++) {
            Cue cue = cues.get(i);
            if (cue.subject() != null
                    && !cue.backgrounded()
                    && CLOSING.matcher(text.subSequence(cue.attributionEnd(), sentenceEnd))
                            .matches()
                    && CLAUSE_BREAK
                            .matcher(text.subSequence(from, cue.attributionStart()))
                            .matches()) {
                return cue;
            }
        }
        return null;
    }

    /** The first cue in [from, to) with a named or described subject, or null. */
    private Cue spokenCueIn(int from, int to) {
        for (int i = firstCueAtOrAfter(from); i < cues.size() && cues.get(i).start() < to; i++) {
            Mention subject = cues.get(i).subject();
            if (subject != null && subject.kind() != Mention.Kind.PRONOUN) {
                return cues.get(i);
            }
        }
        return null;
    }

    private Cue lastCueIn(int from, int to) {
        int last = firstCueAtOrAfter(to) - 1;
        return last >= 0 && cues.get(last).start() >= from ? cues.get(last) : null;
    }

    /** The index of the first cue starting at or after {@code position}, by binary search (cues are in order). */
    private int firstCueAtOrAfter(int position) {
        int low = 0;
        int high = cues.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cues.get(middle).start() < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** A quotation with no cue that ends its sentence and reads as speech, not as a title or a term. */
    private boolean standsAlone(QuotedSpan span, int tailEnd) {
        if (!ATTACHED_TAIL.matcher(text.subSequence(span.after(), tailEnd)).matches()
                && !SENTENCE_END
                        .matcher(text.subSequence(span.after(), tailEnd))
                        .matches()) {
            return false;
        }
        int words = wordCount(span);
        char lastChar = text.charAt(span.end() - 1);
        boolean punctuated = ".!?,…".indexOf(lastChar) >= 0;
        return words >= 2
                && (punctuated
                        || words >= 4
                        || FIRST_PERSON.matcher(span.text(text)).find());
    }

    private boolean startsSentence(QuotedSpan span) {
        return Character.isUpperCase(text.codePointAt(span.start()));
    }

    /**
     * A programme, book or show: Title-Case words with no final punctuation after "on", a possessive or "host of"
     * (“told Radio Norrvik's “Morning Call””, “author of the book “Salt and Iron””).
     */
    private boolean isTitle(QuotedSpan span, CharSequence lead) {
        if (!TITLE_BEFORE.matcher(lead).find()) {
            return false;
        }
        String quoted = span.text(text).strip();
        if (quoted.isEmpty() || ".!?,".indexOf(quoted.charAt(quoted.length() - 1)) >= 0) {
            return false;
        }
        var words = WORD.matcher(quoted);
        int count = 0;
        while (words.find()) {
            String word = words.group();
            if (++count > 6 || word.length() > 3 && !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return count > 0 && Character.isUpperCase(quoted.charAt(0));
    }

    /** A short term in marks inside reported speech: the “air bridge”, or a term already marked as one. */
    private boolean isScareQuote(QuotedSpan span, CharSequence lead) {
        if (terms.contains(normalised(span))) {
            return true;
        }
        String quoted = span.text(text);
        char lastChar = quoted.charAt(quoted.length() - 1);
        return wordCount(span) <= 3
                && ".!?,".indexOf(lastChar) < 0
                && !FIRST_PERSON.matcher(quoted).find()
                && DETERMINER_BEFORE.matcher(lead).find();
    }

    private int wordCount(QuotedSpan span) {
        var words = WORD.matcher(text).region(span.start(), span.end());
        int count = 0;
        while (words.find()) {
            count++;
        }
        return count;
    }

    private String normalised(QuotedSpan span) {
        String quoted = span.text(text).strip();
        int end = quoted.length();
        while (end > 0
                && (Character.isWhitespace(quoted.charAt(end - 1)) || ".,!?".indexOf(quoted.charAt(end - 1)) >= 0)) {
            end--;
        }
        return quoted.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
