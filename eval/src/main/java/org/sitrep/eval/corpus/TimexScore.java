package org.sitrep.eval.corpus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TempEval-3 task A counts summed over a corpus (micro average) and the figures derived from them. Every
 * rate is 0 when its denominator is 0.
 *
 * @param gold      gold timexes scored
 * @param system    system timexes scored
 * @param relaxed   matched pairs (spans overlap by at least one character, each timex in at most one pair)
 * @param strict    matched pairs with identical extent
 * @param sameValue matched pairs with identical value strings (a gold null matches only a system null)
 * @param sameType  matched pairs with identical types
 */
public record TimexScore(int gold, int system, int relaxed, int strict, int sameValue, int sameType) {

    public double relaxedPrecision() {
        return ratio(relaxed, system);
    }

    public double relaxedRecall() {
        return ratio(relaxed, gold);
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    public double strictPrecision() {
        return ratio(strict, system);
    }

    public double strictRecall() {
        return ratio(strict, gold);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    /** Share of relaxed matches whose value is right. */
    public double valueAccuracy() {
        return ratio(sameValue, relaxed);
    }

    /** The TE-3 ranking figure: relaxed F1 × value accuracy. */
    public double valueF1() {
        return relaxedF1() * valueAccuracy();
    }

    /** Share of relaxed matches whose type is right. */
    public double typeAccuracy() {
        return ratio(sameType, relaxed);
    }

    /** Relaxed F1 × type accuracy. */
    public double typeF1() {
        return relaxedF1() * typeAccuracy();
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("gold", gold);
        map.put("system", system);
        map.put("relaxed_matches", relaxed);
        map.put("strict_matches", strict);
        map.put("relaxed_p", relaxedPrecision());
        map.put("relaxed_r", relaxedRecall());
        map.put("relaxed_f1", relaxedF1());
        map.put("strict_p", strictPrecision());
        map.put("strict_r", strictRecall());
        map.put("strict_f1", strictF1());
        map.put("value_accuracy", valueAccuracy());
        map.put("value_f1", valueF1());
        map.put("type_accuracy", typeAccuracy());
        map.put("type_f1", typeF1());
        return map;
    }

    static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
