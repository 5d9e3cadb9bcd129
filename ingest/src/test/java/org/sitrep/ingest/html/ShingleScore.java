package org.sitrep.ingest.html;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric (../shared/tools/aeb_score.py): 4-token shingles with counts; per page
 * precision and recall, averaged over pages, F1 of the two means.
 */
final class ShingleScore {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

    record Page(double precision, double recall, boolean hasPrecision, boolean hasRecall) {
    }

    record Result(double precision, double recall, double f1) {
    }

    static Page page(String truth, String predicted) {
        Map<List<String>, Integer> a = shingles(truth);
        Map<List<String>, Integer> b = shingles(predicted);
        Set<List<String>> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        double tp = 0, fp = 0, fn = 0;
        for (List<String> k : keys) {
            int t = a.getOrDefault(k, 0), p = b.getOrDefault(k, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double s = tp + fp + fn;
        if (s == 0) {
            return new Page(0, 0, false, false);
        }
        tp /= s;
        fp /= s;
        fn /= s;
        boolean exact = fp == 0 && fn == 0;
        return new Page(exact ? 1 : tp / (tp + fp), exact ? 1 : tp / (tp + fn), tp + fp > 0, tp + fn > 0);
    }

    static Result mean(List<Page> pages) {
        double p = pages.stream().filter(Page::hasPrecision).mapToDouble(Page::precision).average().orElse(0);
        double r = pages.stream().filter(Page::hasRecall).mapToDouble(Page::recall).average().orElse(0);
        return new Result(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new java.util.ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - 3); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + 4));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }
}
