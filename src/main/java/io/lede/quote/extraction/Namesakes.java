package io.lede.quote.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people in one article who share a surname, found by first name in constant time: "Jane Doe" and "Doe" are
 * one person, "John Doe" another.
 */
final class Namesakes {

    private final List<Person> people = new ArrayList<>(1);
    private final Map<String, Person> byFirstName = new HashMap<>(2);

    /**
     * The person this name refers to: a surname alone refers to the first person of that surname, a full name to the
     * person with that first name, or to a person so far known by the surname alone.
     */
    Person find(NameRun run) {
        if (people.isEmpty()) {
            return null;
        }
        if (run.wordCount() == 1) {
            return people.get(0);
        }
        Person sameFirstName = byFirstName.get(firstWord(run.name()));
        if (sameFirstName != null) {
            return sameFirstName;
        }
        // Only the first person of a surname can be known by the surname alone: a bare surname finds them after.
        Person first = people.get(0);
        return first.name().indexOf(' ') < 0 ? first : null;
    }

    /** A person of this surname already in the cast under this full name, without taking a bare surname for it. */
    Person findExactly(NameRun run) {
        if (people.isEmpty()) {
            return null;
        }
        return run.wordCount() == 1 ? people.get(0) : byFirstName.get(firstWord(run.name()));
    }

    void add(Person person) {
        people.add(person);
        renamed(person);
    }

    /** Indexes a person again after their name grew ("Doe" seen as "Jane Doe"). */
    void renamed(Person person) {
        if (person.name().indexOf(' ') > 0) {
            byFirstName.putIfAbsent(firstWord(person.name()), person);
        }
    }

    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
