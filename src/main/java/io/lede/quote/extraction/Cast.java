package io.lede.quote.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people an article quotes. Name variants ("Jane Doe", "Doe", "Ms. Doe") become one person named in full;
 * descriptions ("the port's chief engineer") join the person whose role they repeat; pronouns go to the most recent
 * speaker they can refer to.
 */
final class Cast {

    private static final Pattern NAME_RUN =
            Pattern.compile("(?<![\\p{L}\\p{M}'’.-])(?:" + Lexicon.HONORIFIC + "\\s+)?" + Lexicon.NAME);
    private static final Pattern PRONOUN_AFTER_CUE = Pattern.compile("^\\s+(?:that\\s+)?(he|she)\\b");
    private static final Pattern SENTENCE_SUBJECT =
            Pattern.compile("((?:" + Lexicon.HONORIFIC + "\\s+)?" + Lexicon.NAME + ")(?=\\s*,|\\s+\\p{Ll})");
    private static final Pattern ARTICLE = Pattern.compile("(?:The|A|An)\\s+\\p{Lu}");
    private static final Pattern APPOSITION = Pattern.compile("(?<![\\p{L}\\p{M}'’.-])((?:" + Lexicon.HONORIFIC
            + "\\s+)?" + Lexicon.NAME + "),\\s+([^,.;:!?“”\"]{3,120}?),");
    private static final double DESCRIPTION_FIT = 0.6;
    /** Earlier speakers, people and descriptions a pronoun or a description is matched against, nearest first. */
    private static final int LOOK_BACK = 64;

    private static final int PRONOUN_REACH = 40;

    private record Sighting(int position, Person person) {}

    private final String text;
    private final Sentences sentences;
    private final Map<String, Namesakes> bySurname = new HashMap<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Person> described = new ArrayList<>();
    private final List<Sighting> sightings = new ArrayList<>();
    private final Map<String, Double> fits = new HashMap<>();
    private final Organisations organisations = new Organisations();

    private Cast(String text, Sentences sentences) {
        this.text = text;
        this.sentences = sentences;
    }

    /** Everyone named in the text, with the roles and honorifics the cues' subjects give them. */
    static Cast of(String text, Sentences sentences, List<Cue> cues) {
        Cast cast = new Cast(text, sentences);
        Matcher run = NAME_RUN.matcher(text).useTransparentBounds(true);
        for (int from = 0; findAtCapital(run, text, from); from = run.end()) {
            NameRun name = NameRun.parse(run.group());
            if (name != null) {
                cast.organisations.sawName(name.name());
            }
            if (name != null && !startsWithArticle(run.group()) && (name.wordCount() > 1 || name.title() != null)) {
                Person person = cast.named(name);
                person.titled(name.title());
                cast.sightings.add(new Sighting(run.start(), person));
            }
        }
        Matcher apposition = APPOSITION.matcher(text).useTransparentBounds(true);
        for (int from = 0; findAtCapital(apposition, text, from); from = apposition.end()) {
            NameRun name = NameRun.parse(apposition.group(1));
            String role = SubjectFinder.role(apposition.group(2));
            if (name != null && role != null && !startsWithArticle(apposition.group(1))) {
                Person person = name.wordCount() > 1 ? cast.named(name) : cast.known(name);
                if (person != null) {
                    person.playsRole(role);
                }
            }
        }
        for (Cue cue : cues) {
            Mention subject = cue.subject();
            if (subject != null && subject.kind() == Mention.Kind.NAME && !cast.isGroup(subject)) {
                Person person = cast.named(NameRun.parse(subject.text()));
                person.titled(subject.title());
                person.playsRole(subject.appositive());
            }
        }
        return cast;
    }

    /**
     * The speaker of each cue, in the cues' order; null where the cue has no subject or a pronoun has no
     * antecedent.
     */
    List<Person> speakersOf(List<Cue> cues) {
        List<Person> speakers = new ArrayList<>(cues.size());
        for (Cue cue : cues) {
            Mention subject = cue.subject();
            Person speaker = null;
            if (subject != null) {
                speaker = switch (subject.kind()) {
                    case NAME ->
                        isGroup(subject)
                                ? describedAs(subject.text().toLowerCase(Locale.ROOT))
                                : named(NameRun.parse(subject.text()));
                    case DESCRIPTION -> describedAs(subject.appositive());
                    case PRONOUN -> antecedent(subject.text(), subject.start(), cues, speakers);
                };
            }
            if (speaker != null && subject.kind() == Mention.Kind.PRONOUN) {
                speaker.mayBe(subject.text());
            } else if (speaker != null) {
                Matcher pronoun = PRONOUN_AFTER_CUE
                        .matcher(text)
                        .region(cue.end(), Math.min(text.length(), cue.end() + PRONOUN_REACH));
                if (pronoun.lookingAt()) {
                    // "Lange said she had seen it coming": the pronoun in the reported clause is the speaker.
                    speaker.mayBe(pronoun.group(1));
                }
            }
            speakers.add(speaker);
        }
        return speakers;
    }

    private Person named(NameRun run) {
        Namesakes namesakes = bySurname.computeIfAbsent(run.surname(), key -> new Namesakes());
        Person person = namesakes.find(run);
        if (person != null) {
            person.seenAs(run.name());
            namesakes.renamed(person);
            return person;
        }
        person = new Person(run.name(), run.surname());
        namesakes.add(person);
        people.add(person);
        return person;
    }

    private Person describedAs(String description) {
        Person best = null;
        double bestFit = DESCRIPTION_FIT;
        // The most recent people first, and only so many: a description refers to someone the article is about now.
        for (int i = people.size() - 1, seen = 0; i >= 0 && seen < LOOK_BACK; i--) {
            Person person = people.get(i);
            if (person.role() == null) {
                continue;
            }
            seen++;
            double fit = fit(description, person.role());
            if (fit > bestFit || fit == bestFit && best == null) {
                best = person;
                bestFit = fit;
            }
        }
        if (best != null) {
            return best;
        }
        for (int i = described.size() - 1; i >= 0 && i >= described.size() - LOOK_BACK; i--) {
            if (fit(description, described.get(i).role()) >= DESCRIPTION_FIT) {
                return described.get(i);
            }
        }
        Person person = Person.described(description);
        described.add(person);
        return person;
    }

    /**
     * The named person a sentence before {@code position} is about: "Henrik Koppel, whose grandfather opened the
     * bakery, watched from across the road. He said…". A name after one or two leading phrases counts ("The parent,
     * Maria Lund, runs…"); a name inside a phrase ("an adviser to President Aas") does not.
     */
    private Person subjectOfPreviousSentence(int position) {
        int sentenceStart = sentences.startBefore(position, 0);
        int previousEnd = sentenceStart;
        while (previousEnd > 0 && Character.isWhitespace(text.charAt(previousEnd - 1))) {
            previousEnd--;
        }
        if (previousEnd == 0) {
            return null;
        }
        int start = sentences.startBefore(previousEnd - 1, 0);
        Matcher name = SENTENCE_SUBJECT.matcher(text);
        for (int phrase = 0; phrase < 3 && start < previousEnd; phrase++) {
            name.region(start, previousEnd);
            if (name.lookingAt() && !startsWithArticle(name.group(1))) {
                NameRun run = NameRun.parse(name.group(1));
                Person person = run == null ? null : known(run);
                if (person != null) {
                    return person;
                }
            }
            int comma = start;
            while (comma < previousEnd && comma - start <= 60 && text.charAt(comma) != ',') {
                comma++;
            }
            if (comma >= previousEnd || comma - start > 60) {
                return null;
            }
            start = comma + 1;
            while (start < previousEnd && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        return null;
    }

    /**
     * {@link Matcher#find()} from {@code from} for a pattern that begins with a capital letter, trying only the
     * capitals: a regular expression that opens with a lookbehind would be tried at every character of the text.
     */
    private static boolean findAtCapital(Matcher matcher, String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                matcher.region(i, text.length());
                if (matcher.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "The Harop drones", "The UN Security Council": a capitalised run after an article names a thing. */
    private static boolean startsWithArticle(String run) {
        return ARTICLE.matcher(run).lookingAt();
    }

    /** What the article says of a speaker, with the organisation their role names when the article names it. */
    Speaker speaker(Person person) {
        String role = person.role();
        SpeakerKind kind = SpeakerKind.of(person.name(), role);
        if (role == null) {
            return new Speaker(person.name(), null, null, kind);
        }
        Roles.Parts parts = Roles.parts(role, organisations::named);
        return new Speaker(person.name(), parts.job(), parts.affiliation(), kind);
    }

    /**
     * "Opponents argued", "Democrats said": a lone capitalised plural is a group described by a common noun, not a
     * surname, unless the article has named someone by it ("Ann Jones … Jones said") or gives it a title.
     */
    private boolean isGroup(Mention subject) {
        NameRun run = NameRun.parse(subject.text());
        if (run == null || run.wordCount() > 1 || run.title() != null) {
            return false;
        }
        String word = run.name();
        boolean plural = word.length() > 3
                && word.endsWith("s")
                && !word.endsWith("ss")
                && !word.endsWith("us")
                && !word.endsWith("is")
                && word.chars().skip(1).allMatch(Character::isLowerCase);
        return plural && known(run) == null;
    }

    /** {@link Roles#fit}, remembered: an article repeats the same few descriptions and roles. */
    private double fit(String description, String role) {
        return fits.computeIfAbsent(description + '\n' + role, key -> Roles.fit(description, role));
    }

    /** A person already in the cast under this name, without adding one. */
    private Person known(NameRun run) {
        Namesakes namesakes = bySurname.get(run.surname());
        return namesakes == null ? null : namesakes.findExactly(run);
    }

    /**
     * The most recent speaker a pronoun can stand for ("he" and "she" skip organisations and the other gender);
     * before anyone has spoken, the last person named.
     */
    private Person antecedent(String pronoun, int position, List<Cue> cues, List<Person> speakersSoFar) {
        Person topic = subjectOfPreviousSentence(position);
        if (topic != null && topic.canBe(pronoun)) {
            return topic;
        }
        for (int i = speakersSoFar.size() - 1; i >= 0 && i >= speakersSoFar.size() - LOOK_BACK; i--) {
            Person candidate = speakersSoFar.get(i);
            if (candidate != null && !cues.get(i).backgrounded() && candidate.canBe(pronoun)) {
                return candidate;
            }
        }
        int before = sightingsBefore(position);
        for (int i = before - 1; i >= 0 && i >= before - LOOK_BACK; i--) {
            if (sightings.get(i).person().canBe(pronoun)) {
                return sightings.get(i).person();
            }
        }
        return null;
    }

    /** How many sightings lie before {@code position}, by binary search (they are in reading order). */
    private int sightingsBefore(int position) {
        int low = 0;
        int high = sightings.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sightings.get(middle).position() < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
