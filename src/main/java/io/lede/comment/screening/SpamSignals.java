package io.lede.comment.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What spam does that readers rarely do: send readers elsewhere (links), promote the writer ("check out my
 * channel", "subscribe", "follow me"), offer money, beg for engagement, or arrive as a wave of the same short text.
 * None of these alone condemns a comment (readers cite sources and say "I subscribed"); each is evidence, added to
 * the classifier's log-odds by {@link ClassifierRule} with the weight the policy gives it.
 *
 * <p>Patterns run over the lowercase, NFKC-folded text; all of them are linear regular expressions with no nested
 * repetition.
 */
final class SpamSignals {

    /** One signal found, with what matched, for the moderator. */
    record Signal(ReasonCode code, String detail) {}

    private static final Pattern PROMOTION = Pattern.compile(String.join(
            "|",
            "\\b(?:my|our)\\s+(?:new\\s+|first\\s+|latest\\s+|own\\s+|little\\s+|youtube\\s+)?(?:channel|videos?|vlogs?"
                    + "|music|songs?|raps?|beats?|tracks?|mixtape|album|ep|covers?|remix|page|blog|website|site"
                    + "|profile|account|band|stream|shop|store|podcast|instagram|insta|twitter|tiktok|facebook"
                    + "|fan ?page|art(?:work)?|game|app|playlist|merch)\\b",
            "\\b(?:check\\s+out|take\\s+a\\s+look\\s+at|have\\s+a\\s+look\\s+at)\\s+(?:this|the)\\s+(?:new\\s+)?"
                    + "(?:video|song|channel|page|track|playlist)\\b",
            "(?:^|\\s)\\+\\d[\\d -]{8,}\\d\\b",
            "\\bsub(?:scribe|scribed|scribing|scription|s)?\\s*(?:to|2|4|for)\\s*(?:me|my|us|our|sub|you)\\b",
            "\\bsubscribe\\b",
            "\\bsub\\s*4\\s*sub\\b",
            "\\bcheck\\s+(?:out\\s+)?(?:my|our|me|us)\\b",
            "\\bcheck\\s+(?:it|this|them)\\s+out\\b.{0,40}\\b(?:my|our)\\b",
            "\\bfollow\\s+(?:me|us|my|our)\\b",
            "\\b(?:visit|watch|see|hear|try|view)\\s+(?:my|our)\\b",
            "\\blisten\\s+to\\s+(?:my|our)\\b",
            "\\bsupport\\s+(?:me|us|my|our)\\b",
            "\\b(?:add|message|dm|text|contact|call|email|whatsapp|telegram)\\s+me\\b",
            "\\b(?:i|we)\\s+(?:just\\s+)?(?:made|make|upload(?:ed)?|post(?:ed)?|started|created|released)\\s+(?:a|my|our)"
                    + "\\s+(?:new\\s+)?(?:channel|video|song|rap|cover|remix|track|mixtape|album|page|blog)\\b",
            "\\bgive\\s+(?:me|us|my|our)\\s+(?:a\\s+)?(?:chance|try|listen|look)\\b",
            "\\bplease\\s+(?:help|support|visit|watch|share|check|take\\s+a\\s+look)\\b"));

    private static final Pattern MONEY = Pattern.compile(String.join(
            "|",
            "\\b(?:earn|earned|earning|earns|make|making|made|get|getting)\\s+(?:up\\s+to\\s+|over\\s+)?"
                    + "(?:[$€£]\\s*\\d|\\d[\\d,.]*\\s*(?:k\\s+)?(?:dollars|usd|euros?|pounds|bucks))",
            "\\b(?:make|making|earn|earning)\\s+(?:real\\s+|easy\\s+|extra\\s+|some\\s+|free\\s+)?(?:money|cash|income)\\b",
            "[$€£]\\s*\\d[\\d,.]*\\s*(?:k\\s*)?(?:a|per|every|each|/)\\s*(?:day|week|month|hour)\\b",
            "\\b(?:work|working|job|jobs)\\s+(?:from|at)\\s+home\\b",
            "\\bpassive\\s+income\\b",
            "\\bget\\s+paid\\b",
            "\\b(?:free|win|won)\\s+(?:an?\\s+)?(?:iphone|ipad|gift\\s*cards?|cash|money|prizes?|vouchers?|psn|xbox"
                    + "|robux|v-?bucks|gems|coins)\\b",
            "\\bgiveaway\\b",
            "\\b(?:bitcoin|btc|crypto|forex|binary\\s+options?)\\b",
            "\\bpaypal\\b",
            "\\b(?:investment|invest)\\s+(?:plan|platform|opportunity|manager)\\b"));

    private static final Pattern BAIT = Pattern.compile(String.join(
            "|",
            "\\blike\\s+(?:this|my)\\s+(?:comment|post)\\b",
            "\\b(?:thumbs?|likes?)\\s+up\\s+(?:this|my)\\s+comment\\b",
            "\\bgive\\s+(?:this|me|it|my\\s+comment)\\s+an?\\s+(?:like|thumbs?)\\b",
            "\\b(?:like|upvote|share)\\s+this\\s+(?:comment\\s+)?so\\b",
            "\\bso\\s+(?:more\\s+|that\\s+|everyone\\s+|other\\s+)?(?:people|everyone|others)\\s+(?:can\\s+|will\\s+|could\\s+)?"
                    + "(?:see|notice|read)\\b",
            "\\btop\\s+comment\\b",
            "\\bshare\\s+this\\s+(?:video|song|page|comment|post)\\b",
            "\\bmake\\s+(?:this|me|it)\\s+(?:famous|viral|the\\s+top)\\b",
            "\\bdon'?t\\s+(?:scroll|ignore|skip)\\b",
            "\\b(?:copy|paste)\\s+this\\b",
            "\\bif\\s+you\\s+(?:read|see)\\s+this\\b",
            "\\b\\d+\\s*(?:k\\s+)?(?:likes|subscribers|subs)\\b"));

    /** One signal: what it is, and what in the comment shows it (null when nothing does). */
    private record Check(ReasonCode code, Function<Analysis, String> shownBy) {}

    /** Every signal, in the order its reasons are given. */
    private static final List<Check> CHECKS = List.of(
            new Check(ReasonCode.LINK, SpamSignals::links),
            new Check(ReasonCode.SELF_PROMOTION, comment -> matched(PROMOTION, comment)),
            new Check(ReasonCode.MONEY_OFFER, comment -> matched(MONEY, comment)),
            new Check(ReasonCode.ENGAGEMENT_BAIT, comment -> matched(BAIT, comment)),
            new Check(ReasonCode.WAVE, SpamSignals::wave));

    private SpamSignals() {}

    static List<Signal> of(Analysis comment) {
        List<Signal> signals = new ArrayList<>(CHECKS.size());
        for (Check check : CHECKS) {
            String detail = check.shownBy().apply(comment);
            if (detail != null) {
                signals.add(new Signal(check.code(), detail));
            }
        }
        return signals;
    }

    private static String links(Analysis comment) {
        List<String> links = comment.links();
        return links.isEmpty() ? null : String.join(", ", links.subList(0, Math.min(3, links.size())));
    }

    private static String matched(Pattern pattern, Analysis comment) {
        Matcher matcher = pattern.matcher(comment.normalised());
        return matcher.find() ? "\"" + matcher.group().strip() + "\"" : null;
    }

    /** Recent comments this one repeats exactly or nearly, short texts included. */
    private static String wave(Analysis comment) {
        if (comment.fingerprint().wordCount() == 0) {
            return null;
        }
        int wave = comment.comparison().repeats();
        return wave == 0 ? null : "like " + wave + " recent comment" + (wave == 1 ? "" : "s") + " on any article";
    }
}
