package org.sitrep.eval.corpus;

import org.sitrep.model.GreatCircle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToponymScorerTest {
    private static final double EPS = 1e-9;
    private static final double PARIS_LAT = 48.8566;
    private static final double PARIS_LON = 2.3522;

    @Test
    void oneDegreeOfLatitude() {
        assertEquals(6371.0088 * Math.PI / 180, GreatCircle.km(10, 20, 11, 20), 1e-9);
    }

    @Test
    void recognitionAccuracyAndMedianOverAllGold() {
        List<GoldToponym> gold = List.of(
                new GoldToponym(0, 5, "Paris", PARIS_LAT, PARIS_LON, 2988507L),
                new GoldToponym(10, 16, "London", 51.5074, -0.1278, null),
                new GoldToponym(20, 26, "Berlin", 52.52, 13.405, null),
                new GoldToponym(30, 34, "Rome", 41.9028, 12.4964, null));
        List<SystemPlace> system = List.of(
                new SystemPlace(0, 5, "Paris", PARIS_LAT, PARIS_LON),     // right: 0 km
                new SystemPlace(3, 8, "is, L", 55.75, 37.62),             // overlaps Paris less: matched, not the answer
                new SystemPlace(10, 16, "London", PARIS_LAT, PARIS_LON),  // found, put in Paris: ~344 km
                new SystemPlace(19, 23, " Ber", null, null),              // found, unresolved
                new SystemPlace(40, 45, "Milan", 45.46, 9.19));           // no gold: false positive
        // Rome is not found at all
        ToponymScorer scorer = new ToponymScorer();
        scorer.add(gold, system);
        ToponymScore score = scorer.score();
        double londonParis = GreatCircle.km(51.5074, -0.1278, PARIS_LAT, PARIS_LON);
        assertTrue(londonParis > 343 && londonParis < 345, "London-Paris " + londonParis);
        assertEquals(4, score.gold());
        assertEquals(5, score.system());
        assertEquals(4, score.systemMatched());
        assertEquals(3, score.goldFound());
        assertEquals(2, score.goldResolved());
        assertEquals(1, score.within25());
        assertEquals(1, score.within161());
        assertEquals(0.8, score.precision(), EPS);
        assertEquals(0.75, score.recall(), EPS);
        assertEquals(0.25, score.acc25(), EPS);
        assertEquals(0.25, score.acc161(), EPS);
        assertEquals(0.5, score.acc161Resolved(), EPS);
        // errors over all gold: 0, ~344, 20,038 (unresolved), 20,038 (unfound)
        assertEquals((londonParis + 20_038) / 2, score.medianKm(), EPS);
        assertEquals(londonParis / 2, score.medianKmResolved(), EPS);
        double a = Math.log(1 + londonParis) / Math.log(20_039);
        assertEquals((a / 2 + (a + 1) / 2 + 1) / 3, score.auc(), EPS);
        assertEquals(a / 2, score.aucResolved(), EPS);
    }

    @Test
    void tieInOverlapGoesToTheEarlierPlace() {
        ToponymScorer scorer = new ToponymScorer();
        scorer.add(List.of(new GoldToponym(10, 20, "Springfield", 39.80, -89.64, null)),
                List.of(new SystemPlace(17, 23, "eld, I", 0.0, 0.0), new SystemPlace(8, 13, "a Spr", 39.80, -89.64)));
        ToponymScore score = scorer.score();
        assertEquals(1, score.within25());
        assertEquals(0.0, score.medianKm(), EPS);
    }

    @Test
    void noGoldGivesNullMedians() {
        ToponymScorer scorer = new ToponymScorer();
        scorer.add(List.of(), List.of(new SystemPlace(0, 3, "Foo", 1.0, 1.0)));
        ToponymScore score = scorer.score();
        assertEquals(0.0, score.precision());
        assertNull(score.medianKm());
        assertNull(score.auc());
    }
}
