package org.sitrep.eval.corpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.model.Document;

/**
 * Runs an annotator over a gold corpus of ../shared/eval/time or ../shared/eval/geo and scores it: TIMEX corpora
 * with {@link TimexScorer}, toponym corpora with {@link ToponymScorer}.
 *
 * <p>The annotator is the {@code sitrep annotate} output map of a document (docs/output-format.md): keys
 * {@code "places"} and {@code "times"}, lists of maps with {@code start}/{@code end} (code points, end
 * exclusive) and {@code text}; places with {@code lat}/{@code lon}, times with {@code type}/{@code value}.
 * Each document is given with its id and text, and published = its DCT at 12:00 where the corpus has one, else
 * null (undated: relative times stay unresolved).
 *
 * <p>TempEval-3 does not score the document creation time. MEANTIME prints it as a dateline on the text's second
 * line, where it is also gold: that gold timex (the one on line 2 whose value is the DCT) and the system timexes
 * overlapping it are left out.
 */
public final class CorpusEvaluation {
    private final Function<Document, Map<String, Object>> annotator;

    public CorpusEvaluation(Function<Document, Map<String, Object>> annotator) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
    }

    /** Reads the first {@code limit} documents (0: all) of the JSONL corpus and scores the annotator on them. */
    public CorpusReport evaluate(Path corpusJsonl, int limit) {
        return evaluate(CorpusReader.read(corpusJsonl, limit));
    }

    public CorpusReport evaluate(Corpus corpus) {
        long started = System.nanoTime();
        TimexScorer timexScorer = new TimexScorer();
        ToponymScorer toponymScorer = new ToponymScorer();
        int dctExcluded = 0;
        for (CorpusDocument gold : corpus.documents()) {
            Document document = new Document(gold.id(), null, null, gold.dct() == null ? null : gold.dct().atTime(12, 0),
                    gold.text(), List.of());
            Map<String, Object> annotated = annotator.apply(document);
            if (corpus.layout() == CorpusLayout.TIME) {
                List<GoldTimex> goldTimexes = gold.timexes();
                List<SystemTimex> system = times(annotated, gold.id());
                GoldTimex creationTime = creationTime(gold.text(), goldTimexes, gold.dct());
                if (creationTime != null) {
                    dctExcluded++;
                    goldTimexes = goldTimexes.stream().filter(t -> t != creationTime).toList();
                    system = system.stream().filter(s -> TimexScorer.overlap(creationTime, s) <= 0).toList();
                }
                timexScorer.add(goldTimexes, system);
            } else {
                toponymScorer.add(gold.toponyms(), places(annotated, gold.id()));
            }
        }
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        boolean time = corpus.layout() == CorpusLayout.TIME;
        return new CorpusReport(corpus.name(), corpus.layout(), corpus.documents().size(),
                time ? timexScorer.score() : null, time ? null : toponymScorer.score(), dctExcluded,
                PeerFigure.forCorpus(corpus.name()), elapsed);
    }

    /** The gold timex of the dateline: on the text's second line, its value the DCT. Null when none. */
    static GoldTimex creationTime(String text, List<GoldTimex> gold, LocalDate dct) {
        if (dct == null) {
            return null;
        }
        int firstBreak = text.indexOf('\n');
        if (firstBreak < 0) {
            return null;
        }
        int secondLineEnd = text.indexOf('\n', firstBreak + 1);
        int lineStart = text.codePointCount(0, firstBreak + 1);
        int lineEnd = secondLineEnd < 0 ? Integer.MAX_VALUE : text.codePointCount(0, secondLineEnd);
        String value = dct.toString();
        return gold.stream()
                .filter(g -> g.start() >= lineStart && g.end() <= lineEnd && value.equals(g.value()))
                .findFirst().orElse(null);
    }

    private static List<SystemTimex> times(Map<String, Object> annotated, String id) {
        List<SystemTimex> times = new ArrayList<>();
        for (Map<?, ?> item : items(annotated, "times", id)) {
            times.add(new SystemTimex(integer(item, "start", id), integer(item, "end", id), string(item, "text"),
                    string(item, "type"), string(item, "value")));
        }
        return times;
    }

    private static List<SystemPlace> places(Map<String, Object> annotated, String id) {
        List<SystemPlace> places = new ArrayList<>();
        for (Map<?, ?> item : items(annotated, "places", id)) {
            places.add(new SystemPlace(integer(item, "start", id), integer(item, "end", id), string(item, "text"),
                    number(item, "lat"), number(item, "lon")));
        }
        return places;
    }

    private static List<Map<?, ?>> items(Map<String, Object> annotated, String key, String id) {
        Object value = annotated == null ? null : annotated.get(key);
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException("annotator output for " + id + " has no \"" + key + "\" list");
        }
        List<Map<?, ?>> items = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map)) {
                throw new IllegalStateException("annotator output for " + id + ": \"" + key + "\" item is not a map");
            }
            items.add(map);
        }
        return items;
    }

    private static int integer(Map<?, ?> item, String key, String id) {
        if (!(item.get(key) instanceof Number n)) {
            throw new IllegalStateException("annotator output for " + id + ": item without integer \"" + key + "\"");
        }
        return n.intValue();
    }

    private static Double number(Map<?, ?> item, String key) {
        return item.get(key) instanceof Number n ? n.doubleValue() : null;
    }

    private static String string(Map<?, ?> item, String key) {
        Object value = item.get(key);
        return value == null ? null : value.toString();
    }
}
