package org.sitrep.eval.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * TempEval-3 task A scoring of temporal expressions (UzZaman et al. 2013; ../shared/eval/time/README.md), the
 * convention of the temporal module's TimexEvaluationTest: system and gold timexes are paired greedily by
 * largest overlap (ties: earlier gold, then earlier system timex), each timex used at most once; a pair is a
 * relaxed match, a strict match when the extents are identical; value and type are compared as raw strings on
 * the relaxed matches. Counts are summed over all documents added (micro average).
 *
 * <p>Not thread-safe: one scorer per corpus run.
 */
public final class TimexScorer {
    private int gold;
    private int system;
    private int relaxed;
    private int strict;
    private int sameValue;
    private int sameType;

    /** Scores one document's timexes (all offsets in the same unit, code points in the corpora). */
    public void add(List<GoldTimex> goldTimexes, List<SystemTimex> systemTimexes) {
        gold += goldTimexes.size();
        system += systemTimexes.size();
        record Pair(int gold, int system, int overlap) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < goldTimexes.size(); g++) {
            for (int s = 0; s < systemTimexes.size(); s++) {
                int overlap = overlap(goldTimexes.get(g), systemTimexes.get(s));
                if (overlap > 0) {
                    pairs.add(new Pair(g, s, overlap));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::overlap).reversed()
                .thenComparingInt(Pair::gold).thenComparingInt(Pair::system));
        boolean[] goldUsed = new boolean[goldTimexes.size()];
        boolean[] systemUsed = new boolean[systemTimexes.size()];
        for (Pair pair : pairs) {
            if (goldUsed[pair.gold()] || systemUsed[pair.system()]) {
                continue;
            }
            goldUsed[pair.gold()] = true;
            systemUsed[pair.system()] = true;
            GoldTimex g = goldTimexes.get(pair.gold());
            SystemTimex s = systemTimexes.get(pair.system());
            relaxed++;
            if (g.start() == s.start() && g.end() == s.end()) {
                strict++;
            }
            if (g.value() == null ? s.value() == null : g.value().equals(s.value())) {
                sameValue++;
            }
            if (g.type().equals(s.type())) {
                sameType++;
            }
        }
    }

    /** The counts so far. */
    public TimexScore score() {
        return new TimexScore(gold, system, relaxed, strict, sameValue, sameType);
    }

    static int overlap(GoldTimex gold, SystemTimex system) {
        return Math.min(gold.end(), system.end()) - Math.max(gold.start(), system.start());
    }
}
