package io.lede.quote.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores the extractor on a corpus in {@code ../shared/corpora/<name>/<split>.jsonl} exactly as
 * {@code ../shared/tools/quote_eval.py} scores a server: a quotation is found when its span, trimmed of marks and
 * punctuation, overlaps a gold quotation's words by at least half of the shorter (parts of a split quotation credited
 * together); its speaker is right when the mention overlaps the gold source or the speaker's name shares a proper
 * name with it. Indirect quotations are left out. Run as a program to print the figures (and, with a third argument,
 * the misses) while working on rules; {@code PolnearDevScoreTest} holds dev to a floor.
 */
public final class CorpusScore {

    private static final String QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e";
    private static final String PUNCT = ".,;:!?\u2026-\u2013\u2014";
    private static final Set<String> COMMON = Set.of(("the this that these those there then they their when what"
                    + " where which while who why how and but for nor yet with from into over after before during"
                    + " about against among according also although because since until unless though however"
                    + " meanwhile still even just many most some other others another such both each every all any"
                    + " not now here our your you she her his him its one mrs miss sir madam lady president"
                    + " presidential vice senator sen rep representative congressman congresswoman gov governor mayor"
                    + " secretary minister prime chairman chair chief director judge justice general gen attorney"
                    + " speaker leader majority minority former candidate nominee republican republicans democrat"
                    + " democrats democratic gop party campaign committee department state states united america"
                    + " american americans national house senate congress white federal government administration"
                    + " news press new times post journal official officials monday tuesday wednesday thursday"
                    + " friday saturday sunday january february march april may june july august september october"
                    + " november december inc corp ltd")
            .split(" "));
    private static final Pattern NAME_TOKEN = Pattern.compile("([\\p{L}&&[^\\d_]]+)(['\u2019]s\\b)?");

    record Gold(List<int[]> quoted, List<int[]> source, String sourceText, boolean pronoun, String kind) {}

    record Article(String id, String text, List<Gold> golds) {}

    private record Prediction(int[] span, String name, int[] mention, String mentionText, double confidence) {}

    /** One quotation the extractor gave a named speaker: its confidence, and whether quotation and speaker were right. */
    record Outcome(double confidence, boolean right) {}

    /** Counts over a corpus; precision and recall as quote_eval.py computes them. */
    static final class Figures {
        int predictions;
        int gold;
        int matchedPredictions;
        int rightSpeakerPredictions;
        int found;
        int foundWithSpeaker;
        /** Every prediction with a named speaker (those auto-confirm could publish), for calibration. */
        final List<Outcome> outcomes = new ArrayList<>();

        double[] quote() {
            return prf(matchedPredictions, predictions, found, gold);
        }

        double[] quoteAndSpeaker() {
            return prf(rightSpeakerPredictions, predictions, foundWithSpeaker, gold);
        }

        private static double[] prf(int truePredictions, int predicted, int trueGold, int gold) {
            double p = predicted == 0 ? 0 : truePredictions / (double) predicted;
            double r = gold == 0 ? 0 : trueGold / (double) gold;
            return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
        }

        @Override
        public String toString() {
            double[] q = quote();
            double[] s = quoteAndSpeaker();
            return String.format(
                    Locale.ROOT,
                    "quote P=%.3f R=%.3f F1=%.3f; quote+speaker P=%.3f R=%.3f F1=%.3f (gold=%d predictions=%d)",
                    q[0],
                    q[1],
                    q[2],
                    s[0],
                    s[1],
                    s[2],
                    gold,
                    predictions);
        }
    }

    private CorpusScore() {}

    public static void main(String[] args) {
        Path file = Path.of(
                "..",
                "shared",
                "corpora",
                args.length > 0 ? args[0] : "polnear",
                (args.length > 1 ? args[1] : "dev") + ".jsonl");
        List<Article> articles = read(file);
        QuoteExtractor extractor = new QuoteExtractor();
        Figures figures = new Figures();
        List<String> misses = new ArrayList<>();
        for (Article article : articles) {
            score(article, extractor.extract(article.text()), figures, args.length > 2 ? misses : null);
        }
        misses.forEach(System.out::println);
        System.out.println(figures);
    }

    static List<Article> read(Path jsonLines) {
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(jsonLines)) {
                JsonNode node = json.readTree(line);
                List<Gold> golds = new ArrayList<>();
                for (JsonNode quote : node.get("quotes")) {
                    golds.add(new Gold(
                            spans(quote.get("parts")),
                            quote.get("source").isNull() ? null : spans(quote.get("source")),
                            quote.path("sourceText").isNull()
                                    ? null
                                    : quote.path("sourceText").asText(null),
                            quote.path("pronoun").asBoolean(false),
                            quote.path("kind").asText()));
                }
                articles.add(new Article(
                        node.get("article").asText(), node.get("text").asText(), golds));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }

    private static List<int[]> spans(JsonNode pairs) {
        List<int[]> spans = new ArrayList<>();
        pairs.forEach(
                pair -> spans.add(new int[] {pair.get(0).asInt(), pair.get(1).asInt()}));
        return spans;
    }

    /** Adds one article's counts to {@code figures}; lists what was missed or extra in {@code misses} if given. */
    static void score(Article article, List<ExtractedQuote> extracted, Figures figures, List<String> misses) {
        int[] text = article.text().codePoints().toArray();
        List<Prediction> predictions = new ArrayList<>();
        for (ExtractedQuote quote : extracted) {
            if (quote.kind() == QuoteKind.INDIRECT) {
                continue;
            }
            predictions.add(new Prediction(
                    trim(text, quote.start(), quote.end()),
                    quote.speaker() == null ? null : blankToNull(quote.speaker().name()),
                    quote.mention() == null
                            ? null
                            : new int[] {
                                quote.mention().start(), quote.mention().end()
                            },
                    quote.mention() == null ? null : blankToNull(quote.mention().text()),
                    quote.confidence()));
        }
        List<List<int[]>> portions = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (Gold gold : article.golds()) {
            List<int[]> parts = new ArrayList<>();
            int size = 0;
            for (int[] part : gold.quoted()) {
                int[] trimmed = trim(text, part[0], part[1]);
                if (trimmed[1] > trimmed[0]) {
                    parts.add(trimmed);
                    size += trimmed[1] - trimmed[0];
                }
            }
            portions.add(parts);
            sizes.add(size);
        }
        record Candidate(int overlap, double iou, boolean wrongSpeaker, int prediction, int gold) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < predictions.size(); i++) {
            int n = predictions.get(i).span()[1] - predictions.get(i).span()[0];
            for (int j = 0; j < portions.size(); j++) {
                int overlap = overlap(predictions.get(i).span(), portions.get(j));
                if (overlap > 0 && overlap >= 0.5 * Math.min(n, sizes.get(j))) {
                    double iou = overlap / (double) (n + sizes.get(j) - overlap);
                    candidates.add(new Candidate(
                            overlap,
                            iou,
                            !speakerOk(predictions.get(i), article.golds().get(j)),
                            i,
                            j));
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.overlap())
                .thenComparingDouble(c -> -c.iou())
                .thenComparing(Candidate::wrongSpeaker)
                .thenComparingInt(Candidate::prediction)
                .thenComparingInt(Candidate::gold));
        Map<Integer, Integer> owner = new HashMap<>();
        Map<Integer, Integer> main = new HashMap<>();
        List<Set<Integer>> claimed = new ArrayList<>();
        portions.forEach(p -> claimed.add(new HashSet<>()));
        for (Candidate c : candidates) {
            if (!owner.containsKey(c.prediction()) && !main.containsKey(c.gold())) {
                owner.put(c.prediction(), c.gold());
                main.put(c.gold(), c.prediction());
                claimed.get(c.gold()).addAll(hits(predictions.get(c.prediction()), portions.get(c.gold())));
            }
        }
        List<Candidate> byPrediction = new ArrayList<>(candidates);
        byPrediction.sort(Comparator.comparingInt(Candidate::prediction).thenComparingInt(c -> -c.overlap()));
        for (Candidate c : byPrediction) {
            Set<Integer> fresh = new HashSet<>(hits(predictions.get(c.prediction()), portions.get(c.gold())));
            fresh.removeAll(claimed.get(c.gold()));
            if (!owner.containsKey(c.prediction()) && main.containsKey(c.gold()) && !fresh.isEmpty()) {
                owner.put(c.prediction(), c.gold());
                claimed.get(c.gold()).addAll(fresh);
            }
        }
        for (int i = 0; i < predictions.size(); i++) {
            Prediction p = predictions.get(i);
            if (p.name() != null) {
                boolean right =
                        owner.containsKey(i) && speakerOk(p, article.golds().get(owner.get(i)));
                figures.outcomes.add(new Outcome(p.confidence(), right));
            }
        }
        figures.predictions += predictions.size();
        figures.gold += article.golds().size();
        figures.matchedPredictions += owner.size();
        for (Map.Entry<Integer, Integer> pair : owner.entrySet()) {
            if (speakerOk(predictions.get(pair.getKey()), article.golds().get(pair.getValue()))) {
                figures.rightSpeakerPredictions++;
            }
        }
        for (int j = 0; j < article.golds().size(); j++) {
            Gold gold = article.golds().get(j);
            if (main.containsKey(j)) {
                figures.found++;
                Prediction p = predictions.get(main.get(j));
                if (speakerOk(p, gold)) {
                    figures.foundWithSpeaker++;
                } else if (misses != null) {
                    misses.add(article.id() + "\tSPEAKER\t" + gold.kind() + "\tgot=" + p.name() + " / "
                            + p.mentionText() + "\tgold=" + gold.sourceText() + "\t" + quoted(text, gold));
                }
            } else if (misses != null) {
                misses.add(article.id() + "\tMISSED\t" + gold.kind() + "\tgold=" + gold.sourceText() + "\t"
                        + quoted(text, gold));
            }
        }
        if (misses != null) {
            for (int i = 0; i < predictions.size(); i++) {
                if (!owner.containsKey(i)) {
                    int[] span = predictions.get(i).span();
                    misses.add(article.id() + "\tEXTRA\t" + predictions.get(i).name() + "\t"
                            + new String(text, span[0], span[1] - span[0]));
                }
            }
        }
    }

    private static String quoted(int[] text, Gold gold) {
        StringBuilder out = new StringBuilder();
        int first = gold.quoted().get(0)[0];
        int last = gold.quoted().get(gold.quoted().size() - 1)[1];
        out.append("<<")
                .append(new String(text, Math.max(0, first - 160), first - Math.max(0, first - 160)))
                .append(">> ");
        out.append("<<")
                .append(new String(text, last, Math.min(text.length, last + 80) - last))
                .append(">> ");
        for (int[] part : gold.quoted()) {
            out.append('[').append(new String(text, part[0], part[1] - part[0])).append("] ");
        }
        return out.toString().replace('\n', ' ');
    }

    private static boolean speakerOk(Prediction p, Gold g) {
        if (g.source() == null) {
            return p.name() == null && p.mention() == null;
        }
        if (p.mention() != null && overlap(p.mention(), g.source()) > 0) {
            return true;
        }
        Set<String> gold = nameTokens(g.sourceText());
        return intersects(nameTokens(p.name()), gold) || intersects(nameTokens(p.mentionText()), gold);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> nameTokens(String s) {
        Set<String> tokens = new HashSet<>();
        if (s == null) {
            return tokens;
        }
        Matcher word = NAME_TOKEN.matcher(s);
        while (word.find()) {
            String w = word.group(1);
            if (Character.isUpperCase(w.codePointAt(0))
                    && w.codePointCount(0, w.length()) >= 3
                    && word.group(2) == null
                    && !COMMON.contains(w.toLowerCase(Locale.ROOT))) {
                tokens.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return tokens;
    }

    private static List<Integer> hits(Prediction p, List<int[]> portions) {
        int n = p.span()[1] - p.span()[0];
        List<Integer> hits = new ArrayList<>();
        for (int k = 0; k < portions.size(); k++) {
            int[] q = portions.get(k);
            int overlap = overlap(p.span(), List.of(q));
            if (overlap > 0 && overlap >= 0.5 * Math.min(n, q[1] - q[0])) {
                hits.add(k);
            }
        }
        return hits;
    }

    private static int overlap(int[] span, List<int[]> spans) {
        int total = 0;
        for (int[] other : spans) {
            total += Math.max(0, Math.min(span[1], other[1]) - Math.max(span[0], other[0]));
        }
        return total;
    }

    private static int[] trim(int[] text, int start, int end) {
        int s = Math.max(0, start);
        int e = Math.min(text.length, end);
        while (s < e && strippable(text[s])) {
            s++;
        }
        while (e > s && strippable(text[e - 1])) {
            e--;
        }
        return new int[] {s, Math.max(s, e)};
    }

    private static boolean strippable(int c) {
        return QUOTES.indexOf(c) >= 0 || PUNCT.indexOf(c) >= 0 || Character.isWhitespace(c);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
