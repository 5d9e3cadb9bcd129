package org.sitrep.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scores of one evaluation run.
 *
 * @param incidents        the number of reference incidents evaluated
 * @param scores           one per {@link ScoredField}, in its order
 * @param medianKmError    median distance between reference and matched event, over the incidents where both
 *                         have coordinates; null when there were none
 * @param kmErrorsMeasured the number of distances the median is over
 * @param elapsedMillis    wall-clock time of the run, extraction included
 */
public record EvaluationReport(int incidents, List<FieldScore> scores, Double medianKmError, int kmErrorsMeasured,
                               long elapsedMillis) {
    public EvaluationReport {
        scores = List.copyOf(scores);
    }

    public FieldScore score(ScoredField field) {
        return scores.stream().filter(s -> s.field() == field).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no score for " + field));
    }

    /** An aligned text table: field, hits/n, percent; then the median km error, incidents and time. */
    public String toTable() {
        int labelWidth = scores.stream().mapToInt(s -> s.field().label().length()).max().orElse(0);
        List<String> counts = scores.stream().map(s -> s.hits() + "/" + s.total()).toList();
        int countWidth = Math.max("hits/n".length(), counts.stream().mapToInt(String::length).max().orElse(0));
        String row = "%-" + labelWidth + "s  %" + countWidth + "s  %6s%n";
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, row, "field", "hits/n", "%"));
        for (int i = 0; i < scores.size(); i++) {
            FieldScore score = scores.get(i);
            String percent = score.rate() == null ? "-" : String.format(Locale.ROOT, "%.1f", 100 * score.rate());
            table.append(String.format(Locale.ROOT, row, score.field().label(), counts.get(i), percent));
        }
        String median = medianKmError == null ? "-" : String.format(Locale.ROOT, "%.1f", medianKmError);
        table.append(String.format(Locale.ROOT, "median km error: %s (over %d events with coordinates)%n",
                median, kmErrorsMeasured));
        table.append(String.format(Locale.ROOT, "incidents: %d, elapsed: %d ms%n", incidents, elapsedMillis));
        return table.toString();
    }

    /** The report as nested maps for JSON; keys are {@link ScoredField#key()}s. Null values mean "none". */
    public Map<String, Object> toMap() {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (FieldScore score : scores) {
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("hits", score.hits());
            counts.put("total", score.total());
            counts.put("rate", score.rate());
            fields.put(score.field().key(), Collections.unmodifiableMap(counts));
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("incidents", incidents);
        report.put("fields", Collections.unmodifiableMap(fields));
        report.put("medianKmError", medianKmError);
        report.put("kmErrorsMeasured", kmErrorsMeasured);
        report.put("elapsedMs", elapsedMillis);
        return Collections.unmodifiableMap(report);
    }
}
