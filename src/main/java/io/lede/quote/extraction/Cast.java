package io.lede.quote.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    private record Sighting(int position, Person person) {}

    private final String text;
    private final Map<String, List<Person>> bySurname = new HashMap<>();
    private final List<Person> described = new ArrayList<>();
    private final List<Sighting> sightings = new ArrayList<>();

    private Cast(String text) {
        this.text = text;
    }

    /** Everyone named in the text, with the roles and honorifics the cues' subjects give them. */
    static Cast of(String text, List<Cue> cues) {
        Cast cast = new Cast(text);
        Matcher run = NAME_RUN.matcher(text);
        while (run.find()) {
            NameRun name = NameRun.parse(run.group());
            if (name != null && !startsWithArticle(run.group()) && (name.wordCount() > 1 || name.title() != null)) {
                Person person = cast.named(name);
                person.titled(name.title());
                cast.sightings.add(new Sighting(run.start(), person));
            }
        }
        Matcher apposition = APPOSITION.matcher(text);
        while (apposition.find()) {
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
            if (subject != null && subject.kind() == Mention.Kind.NAME) {
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
                    case NAME -> named(NameRun.parse(subject.text()));
                    case DESCRIPTION -> describedAs(subject.appositive());
                    case PRONOUN -> antecedent(subject.text(), subject.start(), cues, speakers);
                };
            }
            if (speaker != null && subject.kind() == Mention.Kind.PRONOUN) {
                speaker.mayBe(subject.text());
            } else if (speaker != null) {
                Matcher pronoun = PRONOUN_AFTER_CUE.matcher(text).region(cue.end(), text.length());
                if (pronoun.find()) {
                    // "Lange said she had seen it coming": the pronoun in the reported clause is the speaker.
                    speaker.mayBe(pronoun.group(1));
                }
            }
            speakers.add(speaker);
        }
        return speakers;
    }

    private Person named(NameRun run) {
        List<Person> namesakes = bySurname.computeIfAbsent(run.surname(), key -> new ArrayList<>(1));
        String firstWord = run.name().split(" ")[0];
        boolean surnameOnly = run.wordCount() == 1;
        for (Person person : namesakes) {
            if (surnameOnly
                    || person.name().startsWith(firstWord)
                    || person.name().split(" ").length == 1) {
                person.seenAs(run.name());
                return person;
            }
        }
        Person person = new Person(run.name(), run.surname());
        namesakes.add(person);
        return person;
    }

    private Person describedAs(String description) {
        Person best = null;
        double bestFit = DESCRIPTION_FIT;
        for (List<Person> namesakes : bySurname.values()) {
            for (Person person : namesakes) {
                double fit = person.role() == null ? 0 : Roles.fit(description, person.role());
                if (fit >= bestFit) {
                    best = person;
                    bestFit = fit;
                }
            }
        }
        if (best != null) {
            return best;
        }
        for (Person person : described) {
            if (Roles.fit(description, person.role()) >= DESCRIPTION_FIT) {
                return person;
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
        int sentenceStart = Sentences.startBefore(text, position, 0);
        int previousEnd = sentenceStart;
        while (previousEnd > 0 && Character.isWhitespace(text.charAt(previousEnd - 1))) {
            previousEnd--;
        }
        if (previousEnd == 0) {
            return null;
        }
        int start = Sentences.startBefore(text, previousEnd - 1, 0);
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
            int comma = text.indexOf(',', start);
            if (comma < 0 || comma >= previousEnd || comma - start > 60) {
                return null;
            }
            start = comma + 1;
            while (start < previousEnd && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        return null;
    }

    /** "The Harop drones", "The UN Security Council": a capitalised run after an article names a thing. */
    private static boolean startsWithArticle(String run) {
        return ARTICLE.matcher(run).lookingAt();
    }

    /** A person already in the cast under this name, without adding one. */
    private Person known(NameRun run) {
        List<Person> namesakes = bySurname.get(run.surname());
        if (namesakes == null) {
            return null;
        }
        String firstWord = run.name().split(" ")[0];
        for (Person person : namesakes) {
            if (run.wordCount() == 1 || person.name().startsWith(firstWord)) {
                return person;
            }
        }
        return null;
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
        for (int i = speakersSoFar.size() - 1; i >= 0; i--) {
            Person candidate = speakersSoFar.get(i);
            if (candidate != null && !cues.get(i).backgrounded() && candidate.canBe(pronoun)) {
                return candidate;
            }
        }
        for (int i = sightings.size() - 1; i >= 0; i--) {
            Sighting sighting = sightings.get(i);
            if (sighting.position() < position && sighting.person().canBe(pronoun)) {
                return sighting.person();
            }
        }
        return null;
    }
}
