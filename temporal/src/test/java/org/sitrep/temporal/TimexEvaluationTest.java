package org.sitrep.temporal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * TempEval-3-style scores on the gold corpora of shared/eval/time (see its README): strict and
 * relaxed extent F1, value accuracy on relaxed matches and value F1 = relaxed F1 x value accuracy.
 * Prints the figures; asserts only a floor that catches a broken tagger, never a tuned bar.
 */
class TimexEvaluationTest {
    private static final Path GOLD = Path.of(System.getProperty("sitrep.shared", "../../shared"), "eval", "time");
    private static final TemporalTagger TAGGER = RuleBasedTemporalTagger.loadDefault();

    private record Span(int start, int end, String type, String value) {
        int overlap(Span other) {
            return Math.min(end, other.end) - Math.max(start, other.start);
        }
    }

    /** Counts summed over a corpus (micro average). */
    private static final class Score {
        int gold;
        int system;
        int relaxed;
        int strict;
        int sameValue;
        int sameType;

        double f1(int matched) {
            double precision = system == 0 ? 0 : (double) matched / system;
            double recall = gold == 0 ? 0 : (double) matched / gold;
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        String report(String corpus) {
            double valueAccuracy = relaxed == 0 ? 0 : (double) sameValue / relaxed;
            double typeAccuracy = relaxed == 0 ? 0 : (double) sameType / relaxed;
            return String.format(Locale.ROOT,
                    "%s: gold %d, system %d | relaxed P %.2f R %.2f F1 %.2f | strict F1 %.2f | value acc %.2f, value F1 %.2f | type F1 %.2f",
                    corpus, gold, system, 100.0 * relaxed / system, 100.0 * relaxed / gold, 100 * f1(relaxed),
                    100 * f1(strict), 100 * valueAccuracy, 100 * f1(relaxed) * valueAccuracy, 100 * f1(relaxed) * typeAccuracy);
        }
    }

    @Test
    void meantimeEnglish() throws IOException {
        Score score = evaluate(GOLD.resolve("meantime_en.jsonl"), true);
        System.out.println(score.report("MEANTIME English (DCT as reference)"));
        assertTrue(score.f1(score.relaxed) > 0.5, score.report("MEANTIME"));
    }

    @Test
    void wikiWars() throws IOException {
        // a narrative corpus without document dates: relative expressions cannot resolve, values are TIMEX2
        Score score = evaluate(GOLD.resolve("wikiwars.jsonl"), false);
        System.out.println(score.report("WikiWars (no reference, TIMEX2 gold)"));
        assertTrue(score.f1(score.relaxed) > 0.3, score.report("WikiWars"));
    }

    private static Score evaluate(Path corpus, boolean useDct) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Score score = new Score();
        for (String line : Files.readAllLines(corpus)) {
            JsonNode document = json.readTree(line);
            String text = document.get("text").asText();
            LocalDateTime reference = useDct && !document.get("dct").isNull()
                    ? LocalDate.parse(document.get("dct").asText()).atStartOfDay() : null;
            List<Span> gold = new ArrayList<>();
            for (JsonNode timex : document.get("timexes")) {
                // gold offsets count code points, Java strings count UTF-16 units
                int start = text.offsetByCodePoints(0, timex.get("start").asInt());
                int end = text.offsetByCodePoints(0, timex.get("end").asInt());
                gold.add(new Span(start, end, timex.get("type").asText(),
                        timex.get("value").isNull() ? null : timex.get("value").asText()));
            }
            List<Span> system = TAGGER.tag(text, reference).stream()
                    .map(m -> new Span(m.start(), m.end(), m.type().name(), m.value()))
                    .toList();
            Span creationTime = useDct ? creationTimeSpan(text, gold, document.get("dct").asText()) : null;
            if (creationTime != null) {
                // the DCT is printed in the text but is not scored (TempEval-3 convention)
                gold = gold.stream().filter(g -> g != creationTime).toList();
                system = system.stream().filter(s -> s.overlap(creationTime) <= 0).toList();
            }
            match(gold, system, score);
        }
        return score;
    }

    /** MEANTIME's dateline: the gold timex on the second line whose value is the DCT. */
    private static Span creationTimeSpan(String text, List<Span> gold, String dct) {
        int secondLine = text.indexOf('\n') + 1;
        int secondLineEnd = text.indexOf('\n', secondLine);
        return gold.stream()
                .filter(g -> g.start() >= secondLine && (secondLineEnd < 0 || g.end() <= secondLineEnd) && dct.equals(g.value()))
                .findFirst().orElse(null);
    }

    /** Pairs overlapping spans greedily by largest overlap, each span used once. */
    private static void match(List<Span> gold, List<Span> system, Score score) {
        score.gold += gold.size();
        score.system += system.size();
        record Pair(Span gold, Span system, int overlap) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Span g : gold) {
            for (Span s : system) {
                if (g.overlap(s) > 0) {
                    pairs.add(new Pair(g, s, g.overlap(s)));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::overlap).reversed());
        List<Span> usedGold = new ArrayList<>();
        List<Span> usedSystem = new ArrayList<>();
        for (Pair pair : pairs) {
            if (usedGold.stream().anyMatch(g -> g == pair.gold()) || usedSystem.stream().anyMatch(s -> s == pair.system())) {
                continue;
            }
            usedGold.add(pair.gold());
            usedSystem.add(pair.system());
            score.relaxed++;
            if (pair.gold().start() == pair.system().start() && pair.gold().end() == pair.system().end()) {
                score.strict++;
            }
            String goldValue = pair.gold().value();
            if (goldValue == null ? pair.system().value() == null : goldValue.equals(pair.system().value())) {
                score.sameValue++;
            }
            if (pair.gold().type().equals(pair.system().type())) {
                score.sameType++;
            }
        }
    }
}
