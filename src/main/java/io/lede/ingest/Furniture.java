package io.lede.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Recognises the blocks of a news page that are not the story: comment prompts, share lines, spam notices… */
final class Furniture {

    private record Rule(String kind, Pattern pattern) {}

    /** Longer blocks are story text, whatever words they contain. */
    private static final int MAX_LENGTH = 240;

    private static final List<Rule> RULES = List.of(
            rule(
                    RemovedBlock.COMMENT_PROMPT,
                    "^(leave a (reply|comment)|be the first to comment|post a comment|add (a|your) comment"
                            + "|join the (discussion|conversation)|cancel reply|\\d+ (comments?|responses?)|comments?"
                            + "|you must be logged in to post a comment.*|comments are closed.*|show comments?)[.!:]?$"),
            rule(
                    RemovedBlock.SPAM_NOTICE,
                    ".*(akismet|reduce spam|comment data is processed|protected by recaptcha|anti-spam).*"),
            rule(
                    RemovedBlock.SHARE,
                    "^((share|share this|share this (article|story|post)|click to share.*|tweet|email this"
                            + "|print( this)?( article| page)?|copy link)[.!:]?"
                            + "|((share on )?(facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|pinterest)"
                            + "[\\s,|·•]*){1,8})$"),
            rule(
                    RemovedBlock.SUBSCRIBE,
                    ".*(subscribe to|sign up for (our|the)|get our newsletter|newsletter sign-?up|follow us on).*"
                            + "|^subscribe[.!]?$"),
            rule(
                    RemovedBlock.RELATED,
                    "^(related( posts| articles| stories| news)?|read more|read next|you may also like"
                            + "|recommended( for you)?|more (from|on) .{1,60}|trending( now)?)[.!:]?$"),
            rule(RemovedBlock.ADVERTISEMENT, "^(advertisement|advertising|sponsored( content)?|ad)[.!:]?$"),
            rule(
                    RemovedBlock.PAGE_CHROME,
                    "^(skip to (main )?content|menu|search|home|log ?in|sign in|like this:|loading\\.\\.\\.|×)$"));

    private Furniture() {}

    static Optional<String> kindOf(String block) {
        String text = block.strip();
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return RULES.stream()
                .filter(rule -> rule.pattern().matcher(text).matches())
                .map(Rule::kind)
                .findFirst();
    }

    private static Rule rule(String kind, String regex) {
        return new Rule(kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
}
