package org.sitrep.eval.corpus;

import org.sitrep.model.GreatCircle;
import java.util.ArrayList;
import java.util.List;

/**
 * Geoparsing scores (../shared/eval/geo/README.md, "Scoring convention"): a system place recognises a gold
 * toponym when their spans overlap; the place answering a gold toponym is the overlapping one with the largest
 * overlap (ties: earlier start). Its point is compared with the gold point by great-circle distance. A gold
 * toponym with no overlapping place, or whose place has no coordinates, fails every threshold and counts
 * {@link #UNRESOLVED_KM} km in the median and AUC. Counts are summed over all documents added.
 *
 * <p>Not thread-safe: one scorer per corpus run.
 */
public final class ToponymScorer {
    /** Half the Earth's circumference: the largest great-circle distance, given to unresolved toponyms. */
    public static final double UNRESOLVED_KM = 20_038;

    private int gold;
    private int system;
    private int systemMatched;
    private int goldFound;
    private int goldResolved;
    private int within25;
    private int within161;
    private final List<Double> errors = new ArrayList<>();
    private final List<Double> resolvedErrors = new ArrayList<>();

    /** Scores one document (offsets in the same unit, code points in the corpora). */
    public void add(List<GoldToponym> goldToponyms, List<SystemPlace> places) {
        gold += goldToponyms.size();
        system += places.size();
        for (SystemPlace place : places) {
            if (goldToponyms.stream().anyMatch(g -> overlap(g, place) > 0)) {
                systemMatched++;
            }
        }
        for (GoldToponym g : goldToponyms) {
            SystemPlace answer = null;
            int best = 0;
            for (SystemPlace place : places) {
                int overlap = overlap(g, place);
                if (overlap > best || overlap > 0 && overlap == best && place.start() < answer.start()) {
                    answer = place;
                    best = overlap;
                }
            }
            if (answer == null) {
                errors.add(UNRESOLVED_KM);
                continue;
            }
            goldFound++;
            if (!answer.resolved()) {
                errors.add(UNRESOLVED_KM);
                continue;
            }
            goldResolved++;
            double km = GreatCircle.km(g.lat(), g.lon(), answer.lat(), answer.lon());
            errors.add(km);
            resolvedErrors.add(km);
            if (km <= 25) {
                within25++;
            }
            if (km <= 161) {
                within161++;
            }
        }
    }

    /** The figures so far. */
    public ToponymScore score() {
        return new ToponymScore(gold, system, systemMatched, goldFound, goldResolved, within25, within161,
                median(errors), median(resolvedErrors), auc(errors), auc(resolvedErrors));
    }

    static int overlap(GoldToponym gold, SystemPlace place) {
        return Math.min(gold.end(), place.end()) - Math.max(gold.start(), place.start());
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * Jurgens et al. 2015 as used by Gritta et al.: the sorted errors scaled by ln(1 + km) / ln(20,039), area by the
     * trapezoidal rule divided by (n − 1); 0 perfect, 1 worst.
     */
    static Double auc(List<Double> errors) {
        if (errors.isEmpty()) {
            return null;
        }
        double max = Math.log(UNRESOLVED_KM + 1);
        double[] scaled = errors.stream().mapToDouble(km -> Math.log(1 + km) / max).sorted().toArray();
        if (scaled.length == 1) {
            return scaled[0];
        }
        double area = 0;
        for (int i = 1; i < scaled.length; i++) {
            area += (scaled[i - 1] + scaled[i]) / 2;
        }
        return area / (scaled.length - 1);
    }
}
