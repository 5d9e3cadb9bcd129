package org.sitrep.cli.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Work done in a measured time: documents, whitespace-separated tokens and bytes of text (UTF-8).
 *
 * @param nanos the time the work took
 */
public record Rate(String name, long documents, long tokens, long bytes, long nanos) {

    public double seconds() {
        return nanos / 1e9;
    }

    public double documentsPerSecond() {
        return documents / seconds();
    }

    public double tokensPerSecond() {
        return tokens / seconds();
    }

    public double megabytesPerSecond() {
        return bytes / 1048576.0 / seconds();
    }

    /** The figures under {@code prefix}_…, rounded for printing. */
    public Map<String, Object> figures(String prefix) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put(prefix + "seconds", round(seconds()));
        figures.put(prefix + "articles_per_s", round(documentsPerSecond()));
        figures.put(prefix + "tokens_per_s", round(tokensPerSecond()));
        figures.put(prefix + "mb_per_s", round(megabytesPerSecond()));
        return figures;
    }

    public static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
