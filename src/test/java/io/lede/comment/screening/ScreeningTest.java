package io.lede.comment.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScreeningTest {

    private static final SpamClassifier SEEDED = SpamClassifier.seeded();
    private static final String ORDINARY =
            "The ferry was twenty minutes late again this morning, third time this week.";
    private static final String WAVE = "Earn money from home with this simple trick, thousands of readers already do";

    private final ScreeningPolicy policy = ScreeningPolicy.defaults();

    private static CommentSubmission returning(String body) {
        return new CommentSubmission(body, "Ines Varga", "hash-ines", "", true, List.of());
    }

    private static CommentSubmission withRecent(String body, String... recent) {
        return new CommentSubmission(body, "Ines Varga", "hash-ines", "", true, fingerprints(List.of(recent)));
    }

    private static List<TextFingerprint> fingerprints(List<String> texts) {
        return texts.stream()
                .map(text -> TextFingerprint.of(text, ScreeningPolicy.SHINGLE_WORDS))
                .toList();
    }

    private ScreeningVerdict screen(ScreeningPolicy policy, CommentSubmission submission) {
        return new Screening(policy, SEEDED).screen(submission);
    }

    private static List<String> codes(ScreeningVerdict verdict) {
        return verdict.reasons().stream().map(reason -> reason.code().code()).toList();
    }

    @Test
    void anOrdinaryCommentFromAReturningReaderIsApprovedWithNoReasons() {
        ScreeningVerdict verdict = screen(policy, returning(ORDINARY));

        assertThat(verdict.status()).isEqualTo(ScreeningStatus.APPROVED);
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void aFilledHoneypotIsSpam() {
        CommentSubmission bot = new CommentSubmission(ORDINARY, "Ines Varga", "hash-ines", "http://x", true, List.of());

        ScreeningVerdict verdict = screen(policy, bot);

        assertThat(verdict.status()).isEqualTo(ScreeningStatus.SPAM);
        assertThat(codes(verdict)).containsExactly("honeypot");
    }

    @Test
    void moreLinksThanAllowedHoldTheComment() {
        ScreeningVerdict verdict = screen(
                policy.withMaxLinks(1),
                returning("Council papers: https://council.example/a and www.council.example/b on the seawall."));

        assertThat(verdict.status()).isEqualTo(ScreeningStatus.PENDING);
        assertThat(codes(verdict)).startsWith("too-many-links").doesNotContain("duplicate");
        assertThat(verdict.reasons().get(0).detail()).isEqualTo("2 links, more than 1 allowed");
    }

    @Test
    void linksUpToTheLimitPass() {
        ScreeningVerdict verdict =
                screen(policy, returning("The minutes are at [the council site](https://c.example/m)."));

        assertThat(codes(verdict)).doesNotContain("too-many-links");
    }

    @Test
    void aBlockedWordIsSpamWhateverItsCase() {
        ScreeningVerdict verdict =
                screen(policy.withWordLists(Set.of("scumbag"), Set.of()), returning("The councillor is a SCUMBAG."));

        assertThat(verdict.status()).isEqualTo(ScreeningStatus.SPAM);
        assertThat(codes(verdict)).containsExactly("blocked-word");
        assertThat(verdict.reasons().get(0).detail()).isEqualTo("scumbag");
    }

    @Test
    void wordListsMatchWholeWordsAndPhrasesOnly() {
        ScreeningPolicy lists = policy.withWordLists(Set.of("ass"), Set.of("town hall"));

        assertThat(screen(lists, returning("The class at the town school was full."))
                        .reasons())
                .isEmpty();
        assertThat(codes(screen(lists, returning("Meet at the Town  Hall tonight."))))
                .containsExactly("held-word");
    }

    @Test
    void aHeldWordHoldsTheComment() {
        ScreeningVerdict verdict =
                screen(policy.withWordLists(Set.of(), Set.of("lawsuit")), returning("Expect a lawsuit over this."));

        assertThat(verdict.status()).isEqualTo(ScreeningStatus.PENDING);
        assertThat(codes(verdict)).containsExactly("held-word");
    }

    @Test
    void aBlockedWordInTheAuthorNameCounts() {
        CommentSubmission named = new CommentSubmission(ORDINARY, "Cheap Pills", "hash-x", "", true, List.of());

        assertThat(codes(screen(policy.withWordLists(Set.of("cheap pills"), Set.of()), named)))
                .containsExactly("blocked-word");
    }

    @Test
    void anExactRepeatOfARecentCommentIsSpam() {
        ScreeningVerdict verdict = screen(policy, withRecent(ORDINARY, "Something else.", ORDINARY.toUpperCase()));

        assertThat(verdict.status()).isEqualTo(ScreeningStatus.SPAM);
        assertThat(codes(verdict)).containsExactly("duplicate");
        assertThat(verdict.reasons().get(0).detail()).isEqualTo("same text as 1 recent comment");
    }

    @Test
    void anExactRepeatIsOnlyHeldWhenThePolicySaysSo() {
        ScreeningVerdict verdict = screen(policy.withDuplicateIsSpam(false), withRecent(ORDINARY, ORDINARY));

        assertThat(verdict.status()).isEqualTo(ScreeningStatus.PENDING);
        assertThat(codes(verdict)).containsExactly("duplicate");
    }

    @Test
    void shortCommonRepliesAreNeverDuplicates() {
        assertThat(screen(policy, withRecent("Well said.", "Well said.")).reasons())
                .isEmpty();
    }

    @Test
    void aTemplateWithOneWordSwappedIsANearDuplicate() {
        String first = "I have lived on this street for thirty years and the buses have never been this unreliable,"
                + " the council must act now before the winter timetable makes it worse for everyone";
        String swapped = first.replace("thirty", "forty");

        ScreeningVerdict verdict = screen(policy, withRecent(swapped, first));

        assertThat(verdict.status()).isEqualTo(ScreeningStatus.PENDING);
        assertThat(codes(verdict)).containsExactly("near-duplicate");
        assertThat(verdict.reasons().get(0).score()).isBetween(0.5, 1.0);
    }

    @Test
    void differentCommentsOnTheSameTopicAreNotNearDuplicates() {
        ScreeningVerdict verdict = screen(
                policy,
                withRecent(ORDINARY, "The ferry was on time for once this morning, which surprised everyone aboard."));

        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void noTwoDifferentReaderCommentsInTheSeedAreNearDuplicatesOfEachOther() {
        List<String> ham = LabelledComments.seed().ham();

        for (String comment : ham) {
            List<String> others =
                    ham.stream().filter(other -> !other.equals(comment)).toList();
            CommentSubmission submission =
                    new CommentSubmission(comment, "Ines Varga", "hash-ines", "", true, fingerprints(others));
            assertThat(screen(policy, submission).fired(ReasonCode.NEAR_DUPLICATE))
                    .as(comment)
                    .isFalse();
        }
    }

    @Test
    void aFirstTimeCommenterIsHeldUntilOneCommentIsApproved() {
        CommentSubmission first = new CommentSubmission(ORDINARY, "Ines Varga", "hash-ines", null, false, List.of());

        assertThat(codes(screen(policy, first))).containsExactly("first-time-commenter");
        assertThat(screen(policy, first).status()).isEqualTo(ScreeningStatus.PENDING);
        assertThat(screen(policy.withHoldFirstTimeCommenters(false), first).status())
                .isEqualTo(ScreeningStatus.APPROVED);
    }

    @Test
    void obviousSpamTextIsSpamByTheClassifierAlone() {
        ScreeningVerdict verdict =
                screen(policy, returning("Cheap pills online no prescription, fast delivery, buy now"));

        assertThat(verdict.status()).isEqualTo(ScreeningStatus.SPAM);
        assertThat(codes(verdict)).containsExactly("classifier");
        assertThat(verdict.reasons().get(0).score()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aBorderlineClassifierScoreHoldsRatherThanCondemns() {
        String borderline = "Thanks for sharing, great post. Visit the harbour festival site for the programme.";

        ScreeningVerdict verdict = screen(policy.withClassifierProbabilities(0.3, 0.9), returning(borderline));

        assertThat(verdict.status()).isEqualTo(ScreeningStatus.PENDING);
        assertThat(verdict.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(ReasonCode.CLASSIFIER);
            assertThat(reason.score()).isBetween(0.3, 0.9);
        });
    }

    @Test
    void aSpamWaveWithOneWordSwappedIsANearDuplicate() {
        ScreeningVerdict verdict = screen(policy, withRecent(WAVE.replace("simple", "easy"), WAVE));

        assertThat(codes(verdict)).contains("near-duplicate");
    }

    @Test
    void everyRuleThatFiresIsRecordedInRuleOrder() {
        CommentSubmission wave = new CommentSubmission(
                WAVE + " http://a.example http://b.example http://c.example",
                "Money Maker",
                "hash-new",
                "filled",
                false,
                fingerprints(List.of(WAVE + " http://a.example http://b.example http://c.example")));

        ScreeningVerdict verdict = screen(policy.withWordLists(Set.of(), Set.of("money")), wave);

        assertThat(verdict.status()).isEqualTo(ScreeningStatus.SPAM);
        assertThat(codes(verdict))
                .containsExactly(
                        "honeypot",
                        "held-word",
                        "too-many-links",
                        "duplicate",
                        "first-time-commenter",
                        "link",
                        "money-offer",
                        "wave",
                        "classifier");
    }

    @Test
    void holdReasonsTogetherStillOnlyHold() {
        CommentSubmission newcomer = new CommentSubmission(
                "Sources: https://a.example https://b.example https://c.example about the lawsuit.",
                "Ines Varga",
                "hash-ines",
                "",
                false,
                List.of());

        ScreeningPolicy noClassifier =
                policy.withWordLists(Set.of(), Set.of("lawsuit")).withClassifierProbabilities(1.1, 1.1);

        ScreeningVerdict verdict = screen(noClassifier, newcomer);

        assertThat(verdict.status()).isEqualTo(ScreeningStatus.PENDING);
        assertThat(codes(verdict)).contains("held-word", "too-many-links", "first-time-commenter");
        assertThat(verdict.reasons())
                .allSatisfy(reason -> assertThat(reason.outcome()).isIn(ScreeningStatus.PENDING));
    }

    private ScreeningVerdict newcomer(String body) {
        return screen(policy, new CommentSubmission(body, "A Newcomer", "hash-new", "", false, List.of()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Cheap flights every day at flyharbour.com",
                "All the answers on flyharbour . com",
                "All the answers on flyharbour dot com",
                "All the answers on flyharbour(dot)net",
                "Claim it now: bit.ly/harbour-prize",
                "Claim it now: https://tinyurl.com/harbourprize"
            })
    void bareSpacedSpelledAndShortenedDomainsAreLinks(String body) {
        assertThat(Links.count(body)).isEqualTo(1);
        assertThat(codes(newcomer(body + ", check out my page"))).contains("link", "self-promotion", "classifier");
    }

    @Test
    void ordinaryAbbreviationsAndEmailAddressesAreNotLinks() {
        assertThat(Links.count("The mayor, i.e. the council's leader, wrote to me at ines@harbour.example."))
                .isZero();
        assertThat(Links.count("Mr. Okafor said so. It was 3.5 km away.")).isZero();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Check out my channel, new covers every Friday | self-promotion",
                "Subscribe to me and I will subscribe back | self-promotion",
                "Follow me for more, I post daily | self-promotion",
                "I earn $250 a day from home with one simple method | money-offer",
                "Free gift cards for the first fifty readers to reply | money-offer",
                "Like this comment so everyone can see it | engagement-bait",
                "Don't scroll past, make this the top comment | engagement-bait"
            })
    void whatRealSpamDoesIsSpamWithItsReasonCode(String body, String code) {
        ScreeningVerdict verdict = newcomer(body);

        assertThat(verdict.status()).isEqualTo(ScreeningStatus.SPAM);
        assertThat(codes(verdict)).contains(code, "classifier");
        assertThat(verdict.reasons())
                .filteredOn(reason -> reason.code().code().equals(code))
                .singleElement()
                .satisfies(reason -> assertThat(reason.detail()).startsWith("\""));
    }

    @Test
    void aShortTextRepeatedAcrossArticlesIsAWaveAndWithPromotionSpam() {
        String shortWave = "subscribe to my feed";

        ScreeningVerdict verdict = screen(policy, withRecent(shortWave, shortWave, "sub to my feed"));

        assertThat(verdict.status()).isEqualTo(ScreeningStatus.SPAM);
        assertThat(codes(verdict))
                .contains("wave", "self-promotion", "classifier")
                .doesNotContain("duplicate");
        assertThat(verdict.reasons())
                .filteredOn(reason -> reason.code() == ReasonCode.WAVE)
                .singleElement()
                .satisfies(reason -> assertThat(reason.detail()).isEqualTo("like 1 recent comment on any article"));
    }

    @Test
    void shortPraiseRepeatedByReadersIsNotSpam() {
        ScreeningVerdict verdict = screen(policy, withRecent("Great piece, thank you", "great piece thank you"));

        assertThat(verdict.status()).isNotEqualTo(ScreeningStatus.SPAM);
    }

    @Test
    void aReaderCitingASourceIsNotSpamTheLinkAloneDoesNotCondemn() {
        ScreeningVerdict verdict = newcomer("The council minutes say otherwise, see harbourcouncil.org, page four:"
                + " the seawall budget was cut last spring, not raised.");

        assertThat(verdict.status()).isEqualTo(ScreeningStatus.PENDING);
        assertThat(codes(verdict)).doesNotContain("classifier");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nice", "Wow", "Thanks", "Nope.", "🔥", "¡Qué bien!", "Boring", "Best song ever"})
    void aOneOrTwoWordCommentIsNeverSpamOnItsTextAlone(String body) {
        assertThat(newcomer(body).status()).isNotEqualTo(ScreeningStatus.SPAM);
    }

    @Test
    void signalWeightsAreConfigurableAndZeroSwitchesASignalOff() {
        String body = "I wrote about the tram works on my blog, the noise is worse at night";
        ScreeningPolicy noPromotion =
                policy.withSignalWeights(new SignalWeights(3, 0, 3, 2, 1)).withClassifierProbabilities(0.0, 1.1);

        ScreeningVerdict weighed = screen(policy.withClassifierProbabilities(0.0, 1.1), returning(body));
        ScreeningVerdict unweighed = screen(noPromotion, returning(body));

        assertThat(codes(weighed)).contains("self-promotion");
        assertThat(codes(unweighed)).doesNotContain("self-promotion");
        assertThat(score(weighed)).isGreaterThan(score(unweighed));
        assertThat(score(unweighed)).isEqualTo(SEEDED.spamProbability(body));
    }

    private static double score(ScreeningVerdict verdict) {
        return verdict.reasons().stream()
                .filter(reason -> reason.code() == ReasonCode.CLASSIFIER)
                .findFirst()
                .orElseThrow()
                .score();
    }

    @Test
    void reasonCodesAreStable() {
        assertThat(List.of(ReasonCode.values()))
                .extracting(ReasonCode::code)
                .containsExactly(
                        "honeypot",
                        "too-many-links",
                        "blocked-word",
                        "held-word",
                        "duplicate",
                        "near-duplicate",
                        "first-time-commenter",
                        "link",
                        "self-promotion",
                        "money-offer",
                        "engagement-bait",
                        "wave",
                        "classifier");
        assertThat(ReasonCode.ofCode("near-duplicate")).isEqualTo(ReasonCode.NEAR_DUPLICATE);
    }
}
