package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.corpus.CorpusEvaluation;
import org.sitrep.eval.corpus.CorpusReport;
import org.sitrep.pipeline.Extractor;

/**
 * The real pipeline, through the annotate output, on small slices of a TIMEX corpus and a toponym corpus of
 * ../shared/eval (sitrep eval --corpus does the full runs). Prints the tables; the floors sit far below the
 * measured figures and catch a broken stage or broken offsets, not a small change.
 */
class CorpusEvaluationTest {
    private static CorpusEvaluation evaluation;

    @BeforeAll
    static void pipeline() {
        Extractor extractor = Extractor.createDefault();
        evaluation = new CorpusEvaluation(doc -> Annotations.of(extractor.analyze(doc)));
    }

    @Test
    void meantimeSlice() {
        CorpusReport report = evaluation.evaluate(SharedData.path("eval/time/meantime_en.jsonl"), 10);
        System.out.println(report.toTable());
        assertEquals(10, report.documents());
        assertTrue(report.timex().relaxedF1() > 0.5, "relaxed timex F1 " + report.timex().relaxedF1());
        assertTrue(report.timex().valueAccuracy() > 0.4, "value accuracy " + report.timex().valueAccuracy());
    }

    @Test
    void geoVirusSlice() {
        CorpusReport report = evaluation.evaluate(SharedData.path("eval/geo/geovirus.jsonl"), 10);
        System.out.println(report.toTable());
        assertEquals(10, report.documents());
        assertTrue(report.toponyms().recall() > 0.2, "place recognition recall " + report.toponyms().recall());
        assertTrue(report.toponyms().precision() > 0.3, "place recognition precision " + report.toponyms().precision());
        assertTrue(report.toponyms().acc161() > 0.1, "acc@161 " + report.toponyms().acc161());
    }
}
