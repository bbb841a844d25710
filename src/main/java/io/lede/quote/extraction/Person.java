package io.lede.quote.extraction;

/** Someone (or some body) the article quotes, gathered from every way it names them. */
final class Person {

    enum Gender {
        UNKNOWN,
        FEMININE,
        MASCULINE
    }

    private String name;
    private final String surname;
    private String role;
    private String title;
    private Gender gender = Gender.UNKNOWN;
    private boolean honorific;

    Person(String name, String surname) {
        this.name = name;
        this.surname = surname;
    }

    static Person described(String description) {
        Person person = new Person(null, null);
        person.role = description;
        person.gender = Roles.genderOf(description);
        return person;
    }

    void seenAs(String fuller) {
        if (name == null || NameRun.wordsIn(fuller) > NameRun.wordsIn(name)) {
            name = fuller;
        }
    }

    void titled(String titleOrHonorific) {
        if (titleOrHonorific == null) {
            return;
        }
        String bare = Lexicon.key(titleOrHonorific).replace(".", "");
        if (Lexicon.HONORIFICS.contains(bare)) {
            honorific = true;
            gender = Lexicon.FEMININE_HONORIFICS.contains(bare)
                    ? Gender.FEMININE
                    : bare.equals("mr") ? Gender.MASCULINE : gender;
        } else if (title == null) {
            title = titleOrHonorific;
        }
    }

    void playsRole(String appositive) {
        if (appositive != null && (role == null || appositive.length() > role.length())) {
            role = appositive;
            if (gender == Gender.UNKNOWN) {
                gender = Roles.genderOf(appositive);
            }
        }
    }

    String name() {
        return name;
    }

    String surname() {
        return surname;
    }

    /** The role in apposition, else the title written before the name. */
    String role() {
        return role != null ? role : title;
    }

    Gender gender() {
        return gender;
    }

    /** Whether this pronoun can stand for this speaker. */
    boolean canBe(String pronoun) {
        String lower = Lexicon.key(pronoun);
        if (lower.equals("they")) {
            return true;
        }
        if (lower.equals("it")) {
            return !isIndividual() || name == null;
        }
        Gender wanted = lower.equals("she") ? Gender.FEMININE : Gender.MASCULINE;
        return isIndividual() && (gender == Gender.UNKNOWN || gender == wanted);
    }

    /** Learns a speaker's gender from a pronoun that refers to them, unless it is already known. */
    void mayBe(String pronoun) {
        String lower = Lexicon.key(pronoun);
        if (gender == Gender.UNKNOWN && !lower.equals("they") && !lower.equals("it")) {
            gender = lower.equals("she") ? Gender.FEMININE : Gender.MASCULINE;
        }
    }

    /** Whether "he" or "she" can refer to this speaker: not a country or an organisation named in one word. */
    boolean isIndividual() {
        if (name == null) {
            return true;
        }
        return !Roles.namesOrganisation(name) && (honorific || role() != null || name.indexOf(' ') > 0);
    }
}
