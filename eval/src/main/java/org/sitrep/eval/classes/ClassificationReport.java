package org.sitrep.eval.classes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of a snippet classification run, in the CASE 2021 task 2 convention (scikit-learn's): per-class
 * precision, recall and F1 over the ACLED classes, their mean weighted by gold support (the task's ranking
 * figure) and unweighted (macro). A snippet given no event counts against its class's recall only. Snippets with
 * a label outside ACLED are not scored; how many of them still got an event is reported beside.
 *
 * @param classes   the ACLED sub-event types, in taxonomy order
 * @param confusion gold class × predicted class counts; the last column counts snippets given no event
 */
public record ClassificationReport(List<String> classes, int[][] confusion, List<ClassScore> scores,
                                   int scored, int correct, int outsideAcled, int outsideAcledWithEvent,
                                   List<SnippetClassification.Prediction> errors, long elapsedMillis) {

    /** Precision, recall and F1 of one class; {@code support} is its number of gold snippets. */
    public record ClassScore(String subEventType, int support, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return support == 0 ? 0 : (double) correct / support;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static ClassificationReport of(List<String> classes, List<SnippetClassification.Prediction> predictions,
                                   long elapsedMillis) {
        int n = classes.size();
        int[][] confusion = new int[n][n + 1];
        int scored = 0;
        int correct = 0;
        int outside = 0;
        int outsideWithEvent = 0;
        List<SnippetClassification.Prediction> errors = new ArrayList<>();
        for (SnippetClassification.Prediction prediction : predictions) {
            if (!prediction.snippet().isAcled()) {
                outside++;
                outsideWithEvent += prediction.predicted() == null ? 0 : 1;
                continue;
            }
            scored++;
            int gold = classes.indexOf(prediction.snippet().acledSubEventType());
            int predicted = prediction.predicted() == null ? n : classes.indexOf(prediction.predicted());
            if (predicted < 0) {
                throw new IllegalStateException("the coder gave an unknown sub-event type: " + prediction.predicted());
            }
            confusion[gold][predicted]++;
            if (gold == predicted) {
                correct++;
            } else {
                errors.add(prediction);
            }
        }
        List<ClassScore> scores = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            int support = 0;
            int predictedAs = 0;
            for (int other = 0; other < n; other++) {
                support += confusion[c][other];
                predictedAs += confusion[other][c];
            }
            support += confusion[c][n];
            scores.add(new ClassScore(classes.get(c), support, predictedAs, confusion[c][c]));
        }
        return new ClassificationReport(List.copyOf(classes), confusion, List.copyOf(scores), scored, correct,
                outside, outsideWithEvent, List.copyOf(errors), elapsedMillis);
    }

    public double accuracy() {
        return scored == 0 ? 0 : (double) correct / scored;
    }

    /** F1 averaged over the classes, each weighted by its gold support: CASE 2021's ranking figure. */
    public double weightedF1() {
        return scored == 0 ? 0 : scores.stream().mapToDouble(s -> s.f1() * s.support()).sum() / scored;
    }

    /** F1 averaged over the classes that have gold snippets, each counting alike. */
    public double macroF1() {
        return scores.stream().filter(s -> s.support() > 0).mapToDouble(ClassScore::f1).average().orElse(0);
    }

    public double weightedPrecision() {
        return scored == 0 ? 0 : scores.stream().mapToDouble(s -> s.precision() * s.support()).sum() / scored;
    }

    public double weightedRecall() {
        return scored == 0 ? 0 : scores.stream().mapToDouble(s -> s.recall() * s.support()).sum() / scored;
    }

    /** Per-class figures, the averages, then the confusion matrix with the classes numbered as in the rows. */
    public String toTable() {
        Map<String, String> caseLabels = SnippetClassification.caseLabels();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-3s %-30s %7s %6s %6s %6s%n", "#", "class", "support", "P", "R", "F1"));
        for (int c = 0; c < scores.size(); c++) {
            ClassScore s = scores.get(c);
            out.append(String.format(Locale.ROOT, "%-3d %-30s %7d %6.3f %6.3f %6.3f%n", c + 1,
                    caseLabels.getOrDefault(s.subEventType(), s.subEventType()), s.support(), s.precision(),
                    s.recall(), s.f1()));
        }
        out.append(String.format(Locale.ROOT, "%nsnippets scored (ACLED classes): %d, accuracy %.3f%n", scored, accuracy()));
        out.append(String.format(Locale.ROOT, "weighted P %.3f  R %.3f  F1 %.3f   macro F1 %.3f%n",
                weightedPrecision(), weightedRecall(), weightedF1(), macroF1()));
        out.append(String.format(Locale.ROOT, "CASE 2021 task 2 best (subtask 1, weighted F1): 0.839; target 0.85%n"));
        out.append(String.format(Locale.ROOT, "snippets outside ACLED's classes: %d, of which given an event: %d%n",
                outsideAcled, outsideAcledWithEvent));
        out.append("\nconfusion (rows gold, columns predicted, '-' no event):\n    ");
        for (int c = 0; c < classes.size(); c++) {
            out.append(String.format(Locale.ROOT, "%3d", c + 1));
        }
        out.append("   -\n");
        for (int g = 0; g < classes.size(); g++) {
            out.append(String.format(Locale.ROOT, "%3d ", g + 1));
            for (int p = 0; p <= classes.size(); p++) {
                int count = confusion[g][p];
                out.append(count == 0 ? "  ." : String.format(Locale.ROOT, "%3d", count));
            }
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, "%nelapsed %.1f s%n", elapsedMillis / 1000.0));
        return out.toString();
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("snippets_scored", scored);
        map.put("accuracy", accuracy());
        map.put("weighted_precision", weightedPrecision());
        map.put("weighted_recall", weightedRecall());
        map.put("weighted_f1", weightedF1());
        map.put("macro_f1", macroF1());
        List<Map<String, Object>> perClass = new ArrayList<>();
        for (ClassScore s : scores) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sub_event_type", s.subEventType());
            row.put("support", s.support());
            row.put("precision", s.precision());
            row.put("recall", s.recall());
            row.put("f1", s.f1());
            perClass.add(row);
        }
        map.put("classes", perClass);
        List<List<Integer>> matrix = new ArrayList<>();
        for (int[] row : confusion) {
            matrix.add(java.util.Arrays.stream(row).boxed().toList());
        }
        map.put("confusion", matrix);
        map.put("outside_acled", outsideAcled);
        map.put("outside_acled_with_event", outsideAcledWithEvent);
        map.put("elapsed_ms", elapsedMillis);
        return map;
    }
}
