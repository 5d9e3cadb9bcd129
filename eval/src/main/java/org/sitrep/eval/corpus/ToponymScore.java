package org.sitrep.eval.corpus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Geoparsing figures over a corpus, under the convention of ../shared/eval/geo/README.md: accuracy and the
 * median are over ALL gold toponyms, an unfound or unresolved one counting as wrong at
 * {@link ToponymScorer#UNRESOLVED_KM} km. Rates are 0 when their denominator is 0.
 *
 * @param gold             gold toponyms
 * @param system           system place mentions
 * @param systemMatched    system places overlapping some gold toponym
 * @param goldFound        gold toponyms overlapped by some system place (recognition)
 * @param goldResolved     found gold toponyms whose answering place has coordinates
 * @param within25         gold toponyms answered within 25 km
 * @param within161        gold toponyms answered within 161 km
 * @param medianKm         median error over all gold toponyms (unresolved = 20,038 km); null when no gold
 * @param medianKmResolved median error over the resolved ones only; null when none
 * @param auc              area under the ln-error curve (Jurgens et al. 2015), 0 best, 1 worst; null when no gold
 * @param aucResolved      the same over the resolved ones only; null when none
 */
public record ToponymScore(int gold, int system, int systemMatched, int goldFound, int goldResolved, int within25,
                           int within161, Double medianKm, Double medianKmResolved, Double auc, Double aucResolved) {

    public double precision() {
        return TimexScore.ratio(systemMatched, system);
    }

    public double recall() {
        return TimexScore.ratio(goldFound, gold);
    }

    public double recognitionF1() {
        return TimexScore.f1(precision(), recall());
    }

    /** Share of all gold toponyms answered within 25 km. */
    public double acc25() {
        return TimexScore.ratio(within25, gold);
    }

    /** Share of all gold toponyms answered within 161 km (100 miles). */
    public double acc161() {
        return TimexScore.ratio(within161, gold);
    }

    /** Share of the resolved gold toponyms within 161 km: the published figures' convention. */
    public double acc161Resolved() {
        return TimexScore.ratio(within161, goldResolved);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("gold", gold);
        map.put("system", system);
        map.put("system_matched", systemMatched);
        map.put("gold_found", goldFound);
        map.put("gold_resolved", goldResolved);
        map.put("precision", precision());
        map.put("recall", recall());
        map.put("acc25", acc25());
        map.put("acc161", acc161());
        map.put("median_km", medianKm);
        map.put("acc161_resolved", acc161Resolved());
        map.put("median_km_resolved", medianKmResolved);
        map.put("auc", auc);
        map.put("auc_resolved", aucResolved);
        map.put("convention", "acc25, acc161, median_km and auc over all gold toponyms; unfound or unresolved = wrong ("
                + (int) ToponymScorer.UNRESOLVED_KM + " km)");
        return map;
    }
}
