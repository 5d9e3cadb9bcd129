package org.sitrep.pipeline.text;

import java.util.Arrays;

/** Tells a headline from running text: news pages put the title before the story, in title case. */
public final class Headlines {
    private static final int MIN_WORDS = 4;

    private Headlines() {
    }

    /**
     * Most words capitalised, as in a headline ("Bombs Kill Dozens In Regime-Held Areas"): at least seven in ten
     * of at least {@value #MIN_WORDS} words.
     */
    public static boolean isHeadline(String sentence) {
        String[] words = sentence.trim().split("\\s+");
        long capitalised = Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))).count();
        return words.length >= MIN_WORDS && capitalised * 10 >= words.length * 7;
    }
}
