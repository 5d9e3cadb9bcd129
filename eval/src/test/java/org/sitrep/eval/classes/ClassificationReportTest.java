package org.sitrep.eval.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CASE 2021 figures on a small hand-checked confusion, in scikit-learn's convention. */
class ClassificationReportTest {
    private static SnippetClassification.Prediction predicted(String gold, String ours) {
        return new SnippetClassification.Prediction(new CaseSnippets.Snippet("x", "text", "L", gold), ours);
    }

    @Test
    void weightedAndMacroF1() {
        List<String> classes = List.of("A", "B", "C");
        // A: 3 gold, 2 right, 1 given no event; B: 1 gold, predicted A; C: 2 gold, both right, plus one B gold
        // predicted C is not possible here since B's one gold went to A
        List<SnippetClassification.Prediction> predictions = List.of(
                predicted("A", "A"), predicted("A", "A"), predicted("A", null),
                predicted("B", "A"),
                predicted("C", "C"), predicted("C", "C"),
                new SnippetClassification.Prediction(new CaseSnippets.Snippet("y", "flood", "NATURAL_DISASTER", null), "C"));
        ClassificationReport report = ClassificationReport.of(classes, predictions, 0);
        // A: P 2/3, R 2/3, F1 2/3; B: P 0, R 0, F1 0; C: P 1, R 1, F1 1 (the outside snippet is not scored)
        assertEquals(6, report.scored());
        assertEquals(4.0 / 6, report.accuracy(), 1e-9);
        assertEquals((3 * (2.0 / 3) + 1 * 0 + 2 * 1.0) / 6, report.weightedF1(), 1e-9);
        assertEquals((2.0 / 3 + 0 + 1.0) / 3, report.macroF1(), 1e-9);
        assertEquals(1, report.confusion()[0][3], "A given no event");
        assertEquals(1, report.confusion()[1][0], "B read as A");
        assertEquals(1, report.outsideAcled());
        assertEquals(1, report.outsideAcledWithEvent());
        assertEquals(2, report.errors().size());
    }
}
