package io.lede.quote.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds who a reporting cue's subject is: the words before it ("Berg, adviser to the mayor, said") or after it. */
final class SubjectFinder {

    private static final String DETERMINER = "(?:the|a|an|one|another)";
    // A description never reaches past another cue: callers search only between the cue and its neighbours.
    private static final String DESCRIPTION_BODY = DETERMINER + "\\s+(?:(?!(?:the|a|an|that|who|which|and|but)\\b)"
            + "[\\p{L}\\p{M}\\p{N}'’.-]+\\s+){0,6}?(?:" + Lexicon.ROLE_NOUNS
            + ")(?:\\s+(?:to|of|for|at|with|in|from|on)\\s+[^,;:.!?“”\"]{1,80}?)?";

    /** Words between a subject and its cue that are not the subject: "Doe also said", "Doe, however, said". */
    private static final Set<String> ADVERBS = Set.of(
            "also",
            "meanwhile",
            "later",
            "then",
            "again",
            "previously",
            "earlier",
            "once",
            "still",
            "further",
            "repeatedly",
            "flatly",
            "firmly",
            "simply",
            "quickly",
            "recently",
            "did",
            "does",
            "do",
            "had",
            "has",
            "have",
            "would",
            "will",
            "however",
            "too",
            "in turn",
            "for his part",
            "for her part",
            "for their part",
            "on monday",
            "on tuesday",
            "on wednesday",
            "on thursday",
            "on friday",
            "on saturday",
            "on sunday");

    private static final int LONGEST_ADVERB = 3;
    private static final Set<String> LY_NOUNS = Set.of(
            "family",
            "rally",
            "assembly",
            "supply",
            "bully",
            "monopoly",
            "anomaly",
            "daily",
            "weekly",
            "monthly",
            "quarterly",
            "homily",
            "folly",
            "belly",
            "jelly",
            "tally");
    private static final Set<String> NUMBER_WORDS = Set.of(
            "three",
            "seven",
            "eight",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "hundred",
            "thousand",
            "million",
            "billion");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NEGATION_OF_PARTICIPLE = Pattern.compile("(?i)(?:n['’]t|\\bnot|\\bnever)\\s*$");
    private static final Pattern RELATIVE_WHO = Pattern.compile("(?i)(?<![\\p{L}])who\\s*$");
    private static final Pattern GENERIC_DESCRIPTION = Pattern.compile("(?i)((?:the|a|an|one|another|his|her|their"
            + "|its|some|many|several|two|three)\\s+(?:[\\p{L}\\p{M}\\p{N}'’.-]+\\s+){0,4}[\\p{L}\\p{M}'’-]+)\\s*");
    private static final Pattern POSSESSIVE_AT_END =
            Pattern.compile("(?<![\\p{L}])(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}"
                    + "['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)\\s*$");
    private static final Pattern NEGATION =
            Pattern.compile("(?i)(?:n['’]t|\\bnot|\\bnever|\\bto|\\bwas|\\bwere|\\bbeing|\\bbe)\\s*$");
    private static final Pattern PRONOUN_AT_END = Pattern.compile("(?<![\\p{L}])(" + Lexicon.PRONOUNS + ")\\s*$");
    private static final Pattern DESCRIPTION_AT_END =
            Pattern.compile("(?i)(?<![\\p{L}])(" + DESCRIPTION_BODY + ")\\s*$");
    private static final Pattern NAME_AT_END =
            Pattern.compile("(?<![\\p{L}\\p{M}'’.-])((?:" + Lexicon.HONORIFIC + "\\s+)?" + Lexicon.NAME + ")\\s*$");
    private static final Pattern PRONOUN_AFTER = Pattern.compile("^\\s+(" + Lexicon.PRONOUNS + ")\\b");
    private static final Pattern NAME_AFTER = Pattern.compile("^\\s+((?:" + Lexicon.HONORIFIC + "\\s+)?" + Lexicon.NAME
            + ")(?:\\s*,\\s*([^,.;:!?“”\"]{2,150}?))?\\s*(?=[,.;:!?“”\"]|$)");
    private static final Pattern DESCRIBED_NAME_AFTER =
            Pattern.compile("^\\s+(?:the\\s+)?(?:[\\p{L}.'’-]+\\s+){0,5}?((?:"
                    + Lexicon.HONORIFIC + "\\s+)?" + Lexicon.NAME
                    + ")(?:\\s*,\\s*([^,.;:!?“”\"]{2,150}?)|\\s+(?:of|at|from|for)\\s+"
                    + "[^,.;:!?“”\"]{2,80}?)?\\s*(?=[,.;:!?“”\"]|$)");
    private static final Pattern GENERIC_AFTER = Pattern.compile(
            "(?i)^\\s+((?:the|a|an)\\s+(?:[\\p{L}\\p{M}'’.-]+\\s+){0,3}" + "[\\p{L}\\p{M}'’-]+)\\s*(?=[,.;:!?“”\"]|$)");
    private static final Pattern ROUNDUP = Pattern.compile("((?:" + Lexicon.HONORIFIC + "\\s+)?" + Lexicon.NAME
            + ")(?:\\s*\\([^()]{1,40}\\))?(?:,\\s*([^,:;.!?“”\"]{2,60}))?\\s*(:)\\s*[“\"]");
    private static final Pattern DESCRIPTION_AFTER =
            Pattern.compile("(?i)^\\s+(" + DESCRIPTION_BODY + ")\\s*(?=[,;:.!?“”\"]|$)");
    private static final String SUBJECT_END = "(?=\\s+\\p{Ll}|\\s*,)";
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(" + Lexicon.PRONOUNS + ")\\b");
    private static final Pattern DESCRIPTION_SUBJECT =
            Pattern.compile("(?i)(" + DESCRIPTION_BODY + ")" + "(?-i)" + SUBJECT_END);
    private static final Pattern GENERIC_SUBJECT =
            Pattern.compile("(?i)((?:the|a|an)\\s+(?:[\\p{L}\\p{M}'’-]+\\s+){0,3}?"
                    + "[\\p{L}\\p{M}'’-]+)(?-i)(?=\\s+(?:has|have|had|is|was|are|were|will|would|did|does|also|then|later"
                    + "|\\p{Ll}+ed|\\p{Ll}+s)\\b)");
    private static final Pattern NAME_SUBJECT =
            Pattern.compile("((?:" + Lexicon.HONORIFIC + "\\s+)?" + Lexicon.NAME + ")" + SUBJECT_END);
    private static final Pattern CLAUSE_OR_ASIDE =
            Pattern.compile("(?i)(?:who|which|whose|where|when|adding|as|in|at)\\b");
    private static final Pattern LEADING_DETERMINER = Pattern.compile("(?i)^(?:the|a|an|one|another)\\s+");
    private static final Pattern ROLE_WORD = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:" + Lexicon.ROLE_NOUNS + "|" + Lexicon.ORGANISATION_NOUNS + ")(?![\\p{L}])");

    /** Commas tried for "Name, appositive," at the start of a clause: a subject comes within its first phrases. */
    private static final int MAX_LEADING_PHRASES = 4;
    /** Words (and commas) back from a cue where a subject can begin: a description runs to about twenty. */
    private static final int WORDS_BACK = 32;

    private SubjectFinder() {}

    /** Whether the cue at {@code cueStart} is negated or not speech: "has not said", "declined to say". */
    static boolean isNegated(String text, int clauseStart, int cueStart, boolean participle) {
        // "was said" is passive and "to say" is not yet said; "was saying" and "is pledging to" are speech.
        Matcher negation =
                (participle ? NEGATION_OF_PARTICIPLE : NEGATION).matcher(text).region(clauseStart, cueStart);
        negation.useTransparentBounds(true);
        return negation.find();
    }

    /** The subject written before a cue within {@code [clauseStart, cueStart)}, or null. */
    static Mention before(String text, int clauseStart, int cueStart) {
        int end = stripAdverbs(text, clauseStart, cueStart);
        while (end > clauseStart && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= clauseStart) {
            return null;
        }
        Matcher who = atEnd(RELATIVE_WHO, text, clauseStart, end);
        if (who != null) {
            // "…, said Weaver, who said …": "who" is the nearest name or description before it.
            int before = who.start();
            while (before > clauseStart
                    && (Character.isWhitespace(text.charAt(before - 1)) || text.charAt(before - 1) == ',')) {
                before--;
            }
            return before <= clauseStart ? null : before(text, clauseStart, before);
        }
        if (text.charAt(end - 1) == ',') {
            return withAppositive(text, clauseStart, end - 1);
        }
        Matcher pronoun = atEnd(PRONOUN_AT_END, text, clauseStart, end);
        if (pronoun != null) {
            return pronoun(pronoun);
        }
        Matcher description = atEnd(DESCRIPTION_AT_END, text, clauseStart, end);
        if (description != null) {
            return description(description);
        }
        Mention name = nameAtEnd(text, clauseStart, end, null);
        if (name != null) {
            return name;
        }
        Matcher possessive = atEnd(POSSESSIVE_AT_END, text, clauseStart, end);
        return possessive != null ? description(possessive) : genericDescription(text, clauseStart, end);
    }

    /** "The council said", "Party officials said", "a campaign surrogate who said": a short noun phrase that is the whole clause. */
    private static Mention genericDescription(String text, int clauseStart, int end) {
        int start = clauseStart;
        while (start < end && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        Matcher description = at(GENERIC_DESCRIPTION, text, start, end);
        return description.matches() ? description(description) : null;
    }

    /**
     * The subject of the clause a cue sits in, at the start of its sentence or after up to three leading phrases
     * set off by commas: "The mayor defended the plan on Tuesday, saying …" gives "The mayor".
     */
    static Mention clauseSubject(String text, int sentenceStart, int cueStart) {
        int start = sentenceStart;
        for (int phrase = 0; phrase < MAX_LEADING_PHRASES && start < cueStart; phrase++) {
            while (start < cueStart && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '—')) {
                start++;
            }
            Matcher pronoun = at(PRONOUN_SUBJECT, text, start, cueStart);
            if (pronoun.lookingAt()) {
                return pronoun(pronoun);
            }
            Matcher description = at(DESCRIPTION_SUBJECT, text, start, cueStart);
            if (description.lookingAt()) {
                return description(description);
            }
            Matcher generic = at(GENERIC_SUBJECT, text, start, cueStart);
            if (generic.lookingAt()) {
                return description(generic);
            }
            Matcher name = at(NAME_SUBJECT, text, start, cueStart);
            if (name.lookingAt()) {
                Mention mention = name(text, name.start(1), name.end(1), null);
                if (mention != null
                        && !LEADING_DETERMINER.matcher(name.group(1)).lookingAt()
                        && !(mention.title() == null && isOpeningWord(mention.text()))) {
                    return mention;
                }
            }
            int comma = start;
            while (comma < cueStart && comma - start <= 80 && text.charAt(comma) != ',') {
                comma++;
            }
            if (comma >= cueStart || comma - start > 80) {
                return null;
            }
            start = comma + 1;
        }
        return null;
    }

    /**
     * A lone capitalised word that opens a clause and reads as a participle, an adverb or a number ("Horrified at
     * …", "Holding signs …", "Thirteen years earlier …") rather than a surname.
     */
    private static boolean isOpeningWord(String word) {
        if (word.indexOf(' ') >= 0 || word.length() < 5) {
            return false;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith("ing") || lower.endsWith("ed") || lower.endsWith("ly") || NUMBER_WORDS.contains(lower);
    }

    /**
     * A roundup line, "Name, Outlet: “…”" or "Rep. Name (R-S.C.): “…”": a paragraph that opens with a name and a
     * colon right before an opening mark has the colon for its cue and the name for its subject.
     */
    static Cue roundupLine(String text, int start, int end, int paragraph) {
        Matcher line = at(ROUNDUP, text, start, end);
        if (!line.lookingAt()) {
            return null;
        }
        Mention name = name(text, line.start(1), line.end(1), role(line.group(2)));
        return name == null ? null : new Cue(line.start(3), line.end(3), ":", paragraph, name, false);
    }

    /** The subject written after a cue, as in “…,” said Jane Doe, or according to the harbour master. */
    static Mention after(String text, int cueEnd, int limit) {
        if (limit <= cueEnd) {
            return null;
        }
        Matcher pronoun = at(PRONOUN_AFTER, text, cueEnd, limit);
        if (pronoun.lookingAt()) {
            return pronoun(pronoun);
        }
        Matcher description = at(DESCRIPTION_AFTER, text, cueEnd, limit);
        if (description.lookingAt()) {
            return description(description);
        }
        Matcher name = at(NAME_AFTER, text, cueEnd, limit);
        if (name.lookingAt()) {
            return name(text, name.start(1), name.end(1), role(name.group(2)));
        }
        Matcher described = at(DESCRIBED_NAME_AFTER, text, cueEnd, limit);
        if (described.lookingAt()) {
            // “…,” said former congressman Barney Frank / said Ola Nes of the Harbour Board.
            return name(text, described.start(1), described.end(1), role(described.group(2)));
        }
        Matcher generic = at(GENERIC_AFTER, text, cueEnd, limit);
        return generic.lookingAt() ? description(generic) : null;
    }

    /** The end of the clause before a cue without the adverbs that end it, and the commas around them. */
    private static int stripAdverbs(String text, int clauseStart, int end) {
        while (true) {
            int last = skipBack(text, clauseStart, end);
            if (last > clauseStart && text.charAt(last - 1) == ',') {
                last = skipBack(text, clauseStart, last - 1);
            }
            if (last > clauseStart && text.charAt(last - 1) == ')') {
                // "Rep. Paul Ryan (R-WI) said": a parenthetical after the subject.
                int open = last - 1;
                while (open > clauseStart && last - open <= 40 && text.charAt(open) != '(') {
                    open--;
                }
                if (text.charAt(open) == '(') {
                    end = open;
                    continue;
                }
            }
            int adverbStart = -1;
            int wordStart = last;
            for (int words = 0; words < LONGEST_ADVERB; words++) {
                int wordEnd = words == 0 ? wordStart : skipBack(text, clauseStart, wordStart);
                int start = wordEnd;
                while (start > clauseStart && Character.isLetter(text.charAt(start - 1))) {
                    start--;
                }
                if (start == wordEnd) {
                    break;
                }
                wordStart = start;
                String phrase = words == 0
                        ? text.substring(wordStart, last)
                        : SPACES.matcher(text.substring(wordStart, last)).replaceAll(" ");
                if (ADVERBS.contains(phrase.toLowerCase(Locale.ROOT)) || words == 0 && isLyAdverb(phrase)) {
                    adverbStart = wordStart;
                }
            }
            if (adverbStart < 0) {
                return end;
            }
            int before = skipBack(text, clauseStart, adverbStart);
            end = before > clauseStart && text.charAt(before - 1) == ',' ? before - 1 : adverbStart;
        }
    }

    /** "fairly scolded", "repeatedly said": a lower-case word in -ly, but not a noun such as "family" or "daily". */
    private static boolean isLyAdverb(String word) {
        return word.length() >= 5
                && word.endsWith("ly")
                && Character.isLowerCase(word.charAt(0))
                && !LY_NOUNS.contains(word);
    }

    private static int skipBack(String text, int floor, int position) {
        while (position > floor && Character.isWhitespace(text.charAt(position - 1))) {
            position--;
        }
        return position;
    }

    /** "Jane Doe, chief engineer at the port," or "the port's chief engineer, Jane Doe," before a cue. */
    private static Mention withAppositive(String text, int clauseStart, int end) {
        Mention last = nameAtEnd(text, clauseStart, end, null);
        if (last != null) {
            int comma = last.start() - 1;
            while (comma > clauseStart && Character.isWhitespace(text.charAt(comma))) {
                comma--;
            }
            if (comma > clauseStart && text.charAt(comma) == ',') {
                Matcher description = atEnd(DESCRIPTION_AT_END, text, clauseStart, comma);
                if (description != null) {
                    return new Mention(
                            last.kind(),
                            last.text(),
                            last.start(),
                            last.end(),
                            last.name(),
                            last.title(),
                            withoutDeterminer(description.group(1)));
                }
            }
        }
        int tried = 0;
        for (int comma = clauseStart; comma < end && tried < MAX_LEADING_PHRASES; comma++) {
            if (text.charAt(comma) != ',') {
                continue;
            }
            tried++;
            Mention name = nameAtEnd(text, clauseStart, comma, null);
            if (name != null) {
                return nameAtEnd(text, clauseStart, comma, role(text.substring(comma + 1, end)));
            }
        }
        return last;
    }

    private static Mention nameAtEnd(String text, int clauseStart, int end, String appositive) {
        Matcher name = atEnd(NAME_AT_END, text, clauseStart, end);
        return name != null ? name(text, name.start(1), name.end(1), appositive) : null;
    }

    private static Mention name(String text, int start, int end, String appositive) {
        String written = text.substring(start, end);
        NameRun run = NameRun.parse(written);
        if (run == null) {
            return null;
        }
        int nameStart = run.nameOffset() < 0 ? start : start + run.nameOffset();
        int mentionStart = run.title() == null ? nameStart : start + Math.max(0, written.indexOf(run.title()));
        return new Mention(
                Mention.Kind.NAME,
                text.substring(mentionStart, end),
                mentionStart,
                end,
                run.name(),
                run.title(),
                appositive);
    }

    private static Mention pronoun(Matcher pronoun) {
        return new Mention(Mention.Kind.PRONOUN, pronoun.group(1), pronoun.start(1), pronoun.end(1), null, null, null);
    }

    private static Mention description(Matcher description) {
        String written = description.group(1);
        return new Mention(
                Mention.Kind.DESCRIPTION,
                written,
                description.start(1),
                description.end(1),
                null,
                null,
                withoutDeterminer(written));
    }

    /** An appositive that names a job or an organisation, tidied; null for ages, clauses and asides. */
    static String role(String appositive) {
        if (appositive == null) {
            return null;
        }
        String role = appositive.strip();
        if (role.isEmpty() || CLAUSE_OR_ASIDE.matcher(role).lookingAt()) {
            return null;
        }
        return ROLE_WORD.matcher(role).find() ? withoutDeterminer(role) : null;
    }

    private static String withoutDeterminer(String phrase) {
        return LEADING_DETERMINER.matcher(phrase.strip()).replaceFirst("");
    }

    /**
     * The leftmost match in [start, end) of a pattern anchored at the end ({@code $}) that begins at a word or a
     * comma, trying only the last {@link #WORDS_BACK} such places: {@code find()} would try every character, and
     * these patterns run for every cue.
     */
    private static Matcher atEnd(Pattern pattern, String text, int start, int end) {
        int[] candidates = new int[WORDS_BACK];
        int count = 0;
        for (int i = end - 1; i >= start && count < WORDS_BACK; i--) {
            char c = text.charAt(i);
            if (c == ',' || Character.isLetter(c) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                candidates[count++] = i;
            }
        }
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true);
        for (int k = count - 1; k >= 0; k--) {
            matcher.region(candidates[k], end);
            if (matcher.lookingAt()) {
                return matcher;
            }
        }
        return null;
    }

    private static Matcher at(Pattern pattern, String text, int start, int end) {
        Matcher matcher = pattern.matcher(text).region(start, end);
        matcher.useTransparentBounds(true);
        return matcher;
    }
}
