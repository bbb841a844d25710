package io.lede.quote.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void quotationBeforeItsCueGoesToTheNamedSpeaker() {
        List<ExtractedQuote> quotes = extractor.extract("“The bridge opens in May,” Nora Vik said.");

        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.text()).isEqualTo("The bridge opens in May,");
            assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
            assertThat(quote.cue()).isEqualTo("said");
            assertThat(quote.speaker().name()).isEqualTo("Nora Vik");
            assertThat(quote.mention()).isEqualTo(new SpeakerMention("Nora Vik", 27, 35));
            assertThat(quote.paragraph()).isZero();
            assertThat(quote.confidence()).isBetween(0.9, 1.0);
        });
    }

    @Test
    void splitQuotationComesOutAsTwoPartsWithOneCueAndSpeaker() {
        List<ExtractedQuote> quotes =
                extractor.extract("“We tried,” said Nora Vik, the port's director, “and we will try again.”");

        assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("We tried,", "and we will try again.");
        assertThat(quotes).allSatisfy(quote -> {
            assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
            // "the port's director": the job is "director"; a bare "port" names no organisation.
            assertThat(quote.speaker()).isEqualTo(new Speaker("Nora Vik", "director", null));
        });
    }

    @Test
    void quotationContinuedIntoTheNextParagraphIsOneQuotation() {
        String text = "Ola Berg said the ferry was late again.\n\n“It was late on Monday.\n\n“It was late today.”";

        List<ExtractedQuote> quotes = extractor.extract(text);

        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.text()).isEqualTo("It was late on Monday.\n\nIt was late today.");
            assertThat(quote.paragraph()).isEqualTo(1);
            assertThat(text.substring(quote.start(), quote.end()))
                    .startsWith("It was late on")
                    .endsWith("today.");
            assertThat(quote.cue()).isNull();
            assertThat(quote.speaker().name()).isEqualTo("Ola Berg");
        });
    }

    @Test
    void quotationWhoseSentenceEndsWithItsSpeakerAfterAFewWordsGoesToThem() {
        List<ExtractedQuote> quotes = extractor.extract(
                "“We will not wait for the council” on the pier repairs, Nora Vik said. The vote is in May.");

        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.text()).isEqualTo("We will not wait for the council");
            assertThat(quote.kind()).isEqualTo(QuoteKind.MIXED);
            assertThat(quote.speaker().name()).isEqualTo("Nora Vik");
        });
    }

    @Test
    void fragmentInsideReportedSpeechIsMixed() {
        List<ExtractedQuote> quotes =
                extractor.extract("Ola Berg said the new timetable was “a small miracle” for commuters.");

        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.kind()).isEqualTo(QuoteKind.MIXED);
            assertThat(quote.text()).isEqualTo("a small miracle");
            assertThat(quote.speaker().name()).isEqualTo("Ola Berg");
        });
    }

    @Test
    void scareQuotesNicknamesAndTitlesAreNotQuotations() {
        String text = "The town calls the new ferry the “floating shed”. Its captain, nicknamed “the Owl”, reads "
                + "“The Long Tide” on night crossings. The so-called “quiet route” runs past the islands.";

        assertThat(extractor.extract(text)).isEmpty();
    }

    @Test
    void scareQuoteRepeatedInsideReportedSpeechIsStillNotAQuotation() {
        String text = "An “air bridge” of cargo flights began on Monday.\n\n"
                + "Ola Berg said he did not know what the “air bridge” was carrying.";

        assertThat(extractor.extract(text)).isEmpty();
    }

    @Test
    void nameVariantsWithHonorificsAreOnePersonNamedInFull() {
        String text = "Nora Vik runs the port.\n\n“We are busy,” Ms. Vik said.\n\n“Very busy,” Mrs Vik added.\n\n"
                + "“Too busy,” Vik said.";

        assertThat(extractor.extract(text))
                .hasSize(3)
                .allSatisfy(quote -> assertThat(quote.speaker().name()).isEqualTo("Nora Vik"));
    }

    @Test
    void pronounGoesToTheLastSpeakerNotToAPresidentNamedInBetween() {
        String text = "Ola Berg, trade adviser to the president of Lindmark, said exports were rising.\n\n"
                + "On Friday a trade adviser to Lindmark's President Tove Aas confirmed the figures.\n\n"
                + "“The numbers speak for themselves,” he said.";

        ExtractedQuote quote = extractor.extract(text).get(0);

        assertThat(quote.speaker().name()).isEqualTo("Ola Berg");
        assertThat(quote.mention().text()).isEqualTo("he");
    }

    @Test
    void pronounSkipsASpeakerOfTheOtherGender() {
        String text = "“We will appeal,” said Mr Ola Berg. “We have no choice,” said Ms Nora Vik.\n\n"
                + "“The court got it wrong,” he said.";

        assertThat(extractor.extract(text).get(2).speaker().name()).isEqualTo("Ola Berg");
    }

    @Test
    void descriptionBeforeTheNameLinksToThePersonWithThatRole() {
        String text = "The harbour authority's chief engineer said the crane was safe.\n\n"
                + "Nora Vik, the harbour authority's chief engineer, inspected it on Monday.\n\n"
                + "“It will outlive us all,” the chief engineer said.";

        ExtractedQuote quote = extractor.extract(text).get(0);

        assertThat(quote.speaker()).isEqualTo(new Speaker("Nora Vik", "chief engineer", null));
        assertThat(quote.mention().text()).isEqualTo("the chief engineer");
    }

    @Test
    void accordingToAttributesTheQuotationToItsObject() {
        List<ExtractedQuote> quotes =
                extractor.extract("The repairs were “long overdue”, according to Ola Berg, the mayor.");

        // A fragment whose cue comes after it in the same sentence is the cue's quotation, not a scare quote.
        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.kind()).isEqualTo(QuoteKind.MIXED);
            assertThat(quote.speaker().name()).isEqualTo("Ola Berg");
        });
        List<ExtractedQuote> leading =
                extractor.extract("According to Ola Berg, the repairs were “long overdue and badly planned”.");
        assertThat(leading).singleElement().satisfies(quote -> {
            assertThat(quote.cue()).isEqualTo("According to");
            assertThat(quote.kind()).isEqualTo(QuoteKind.MIXED);
            assertThat(quote.speaker().name()).isEqualTo("Ola Berg");
        });
    }

    @Test
    void straightQuotationMarksWorkLikeCurlyOnes() {
        List<ExtractedQuote> quotes = extractor.extract("\"Nobody told us,\" said Ola Berg. \"Nobody ever does.\"");

        assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("Nobody told us,", "Nobody ever does.");
        assertThat(quotes)
                .allSatisfy(quote -> assertThat(quote.speaker().name()).isEqualTo("Ola Berg"));
    }

    @Test
    void nestedSingleQuotesStayInsideTheQuotation() {
        List<ExtractedQuote> quotes = extractor.extract("“He shouted ‘stop!’ twice,” said Nora Vik.");

        assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("He shouted ‘stop!’ twice,");
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        String text = "🚢 Ola Berg said: “Ferries 🚢 are back.”";

        ExtractedQuote quote = extractor.extract(text).get(0);

        assertThat(quote.start()).isEqualTo(18);
        assertThat(CodePoints.slice(text, quote.start(), quote.end())).isEqualTo("Ferries 🚢 are back.");
        assertThat(CodePoints.slice(
                        text, quote.mention().start(), quote.mention().end()))
                .isEqualTo("Ola Berg");
    }

    @Test
    void headlineLineBeforeTheBodyIsTolerated() {
        String text = "Ferry “ghost timetable” to end\n\n“It ends on Monday,” said Nora Vik.";

        assertThat(extractor.extract(text)).singleElement().satisfies(quote -> {
            assertThat(quote.paragraph()).isEqualTo(1);
            assertThat(quote.speaker().name()).isEqualTo("Nora Vik");
        });
    }

    @Test
    void explicitReportedSpeechIsIndirectWithLowConfidence() {
        List<ExtractedQuote> quotes = extractor.extract(
                "Nora Vik told reporters that the ferry was safe. Ola Berg said that was not enough.");

        assertThat(quotes)
                .extracting(ExtractedQuote::text)
                .containsExactly("the ferry was safe", "that was not enough");
        assertThat(quotes).allSatisfy(quote -> {
            assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
            assertThat(quote.confidence()).isLessThanOrEqualTo(0.5);
        });
        assertThat(quotes.get(0).speaker().name()).isEqualTo("Nora Vik");
        assertThat(quotes.get(0).cue()).isEqualTo("told");
    }

    @Test
    void reportedSpeechWithoutThatOrBesideQuotationMarksIsNotExtracted() {
        assertThat(extractor.extract("Ola Berg said the ferry was late.")).isEmpty();
    }

    @Test
    void aShortFragmentInAPersonsReportedSpeechIsTheirsEvenAfterADeterminer() {
        List<ExtractedQuote> quotes = extractor.extract("Ola Berg said that the “fast ferry” was slow.");
        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.text()).isEqualTo("fast ferry");
            assertThat(quote.kind()).isEqualTo(QuoteKind.MIXED);
            assertThat(quote.speaker().name()).isEqualTo("Ola Berg");
        });
        // An organisation's or a description's statement keeps the scare-quote test.
        assertThat(extractor.extract("The ferry company said the “fast ferry” was slow."))
                .isEmpty();
    }

    @Test
    void aQuotedFragmentInThePredicateOfAPersonIsAttributedToThemWithLessConfidence() {
        List<ExtractedQuote> quotes =
                extractor.extract("Ida Lund waved the harbour plan away as “a fig leaf for the toll” on Monday.");
        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.kind()).isEqualTo(QuoteKind.MIXED);
            assertThat(quote.speaker().name()).isEqualTo("Ida Lund");
            assertThat(quote.cue()).isEqualTo("waved");
            assertThat(quote.confidence()).isLessThan(0.8);
        });
        // A headline is not a sentence: no predicate cue there.
        assertThat(extractor.extract("Ferry skipper “the Walrus” retires")).isEmpty();
    }

    @Test
    void aParticipleTakesTheSubjectOfItsSentenceNotTheNameBeforeItsComma() {
        List<ExtractedQuote> quotes =
                extractor.extract("Councillor Eva Moe urged voters to back Per Vik, saying “the harbour needs him.”");
        assertThat(quotes)
                .singleElement()
                .satisfies(quote -> assertThat(quote.speaker().name()).isEqualTo("Eva Moe"));
    }

    @Test
    void aParticipleOrNumberOpeningTheSentenceIsNotAName() {
        List<ExtractedQuote> quotes = extractor.extract(
                "Ida Lund spoke last.\n\nThirteen years earlier, she had called the quay “a car park that floats.”");
        assertThat(quotes)
                .singleElement()
                .satisfies(quote -> assertThat(quote.mention().text()).isEqualTo("she"));
        assertThat(quotes.get(0).speaker().name()).isEqualTo("Ida Lund");
    }

    @Test
    void textWithoutQuotationMarksYieldsNothing() {
        assertThat(extractor.extract("The ferry was late again on Monday.")).isEmpty();
        assertThat(extractor.extract("")).isEmpty();
    }

    @Test
    void aPossessiveCommonNounStandsForTheOrganisationTheArticleNames() {
        String text = "The Saltmarsh Rowing Club opened its new boathouse on Sunday.\n\n"
                + "“We waited eleven years,” said Ada Holm, the club's secretary.";

        assertThat(extractor.extract(text)).singleElement().satisfies(quote -> assertThat(quote.speaker())
                .isEqualTo(new Speaker("Ada Holm", "secretary", "Saltmarsh Rowing Club")));
    }

    @Test
    void aLoneCapitalisedPluralIsAGroupNotAPerson() {
        String text = "Critics said the levy was “a tax on the tide.” Ann Jones disagreed.\n\n"
                + "Jones said the levy was “overdue.”";

        List<ExtractedQuote> quotes = extractor.extract(text);

        assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("a tax on the tide.", "overdue.");
        assertThat(quotes.get(0).speaker().name()).isNull();
        assertThat(quotes.get(0).speaker().role()).isEqualTo("critics");
        assertThat(quotes.get(1).speaker().name()).isEqualTo("Ann Jones");
    }

    @Test
    void theSecondHalfOfAQuotationAfterItsCueIsAsSureAsTheFirst() {
        List<ExtractedQuote> quotes = extractor.extract("“We were lucky,” said Ada Holm. “It came at night.”");

        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(1).confidence()).isEqualTo(quotes.get(0).confidence());
    }
}
