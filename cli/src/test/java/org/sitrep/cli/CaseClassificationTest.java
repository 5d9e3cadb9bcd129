package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.classes.CaseSnippets;
import org.sitrep.eval.classes.ClassificationReport;
import org.sitrep.eval.classes.SnippetClassification;
import org.sitrep.pipeline.Extractor;

/**
 * The coder as a classifier of the CASE 2021 task 2 snippets (1,019 news snippets from other conflicts and
 * countries than the ones its lexicons were written from). Prints the table; the floors sit below the measured
 * figures (docs/quality.md) and catch a broken stage, not a small change.
 */
class CaseClassificationTest {

    @Test
    void case2021SubEventTypes() {
        List<CaseSnippets.Snippet> snippets = CaseSnippets.read(
                SharedData.path("eval/case2021-task2/test_set_final_release_with_labels.tsv"));
        assertEquals(1019, snippets.size());
        assertEquals(829, snippets.stream().filter(CaseSnippets.Snippet::isAcled).count(), "ACLED-labelled snippets");
        ClassificationReport report = new SnippetClassification(Extractor.createDefault()::extract).evaluate(snippets, 0);
        System.out.println(report.toTable());
        assertEquals(829, report.scored());
        assertTrue(report.weightedF1() >= 0.72, "weighted F1 " + report.weightedF1());
        assertTrue(report.macroF1() >= 0.65, "macro F1 " + report.macroF1());
    }
}
