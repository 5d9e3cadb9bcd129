package org.sitrep.eval.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimexScorerTest {
    private static final double EPS = 1e-9;

    @Test
    void te3CountsAndFigures() {
        List<GoldTimex> gold = List.of(
                new GoldTimex(0, 10, "01/03/2008", "DATE", "2008-03-01"),
                new GoldTimex(20, 25, "2 day", "DURATION", "P2D"),
                new GoldTimex(40, 45, "2008.", "DATE", "2008"),
                new GoldTimex(60, 65, "later", "DATE", null));
        List<SystemTimex> system = List.of(
                new SystemTimex(0, 10, "01/03/2008", "DATE", "2008-03-01"), // strict, value and type right
                new SystemTimex(18, 25, "..2 day", "DURATION", "P3D"),      // relaxed only, value wrong
                new SystemTimex(50, 55, "x", "DATE", "2009"),               // no gold: false positive
                new SystemTimex(60, 65, "later", "DATE", null),             // strict; null value = null gold value
                new SystemTimex(62, 64, "te", "TIME", "X"));                // gold already taken by the larger overlap
        TimexScorer scorer = new TimexScorer();
        scorer.add(gold, system);
        TimexScore score = scorer.score();
        assertEquals(new TimexScore(4, 5, 3, 2, 2, 3), score);
        assertEquals(0.6, score.relaxedPrecision(), EPS);
        assertEquals(0.75, score.relaxedRecall(), EPS);
        assertEquals(2.0 / 3, score.relaxedF1(), EPS);
        assertEquals(0.4, score.strictPrecision(), EPS);
        assertEquals(0.5, score.strictRecall(), EPS);
        assertEquals(4.0 / 9, score.strictF1(), EPS);
        assertEquals(2.0 / 3, score.valueAccuracy(), EPS);
        assertEquals(4.0 / 9, score.valueF1(), EPS);
        assertEquals(1.0, score.typeAccuracy(), EPS);
        assertEquals(2.0 / 3, score.typeF1(), EPS);
    }

    @Test
    void largestOverlapWinsAndCountsAreSummedOverDocuments() {
        TimexScorer scorer = new TimexScorer();
        scorer.add(List.of(new GoldTimex(0, 10, "March 2008", "DATE", "2008-03")),
                List.of(new SystemTimex(0, 3, "Mar", "DATE", "XXXX-03"), new SystemTimex(2, 10, "rch 2008", "DATE", "2008-03")));
        scorer.add(List.of(new GoldTimex(5, 9, "2009", "DATE", "2009")), List.of());
        TimexScore score = scorer.score();
        assertEquals(new TimexScore(2, 2, 1, 0, 1, 1), score);
        assertEquals(0.5, score.relaxedF1(), EPS);
        assertEquals(0.0, score.strictF1(), EPS);
    }

    @Test
    void emptyRunHasZeroRates() {
        TimexScore score = new TimexScorer().score();
        assertEquals(0.0, score.relaxedF1());
        assertEquals(0.0, score.valueF1());
    }
}
