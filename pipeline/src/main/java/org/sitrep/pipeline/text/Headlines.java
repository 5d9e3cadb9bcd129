package org.sitrep.pipeline.text;

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
        // the words of sentence.trim().split("\\s+"), counted in place: the geocoder and the coder ask this of
        // every sentence, and the split was 3% of a profile on FA-KES
        String text = sentence.trim();
        int words = text.isEmpty() ? 1 : 0; // split gives one empty word for an empty text
        long capitalised = 0;
        int i = 0;
        while (i < text.length()) {
            words++;
            if (Character.isUpperCase(text.codePointAt(i))) {
                capitalised++;
            }
            while (i < text.length() && !isSpace(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && isSpace(text.charAt(i))) {
                i++;
            }
        }
        return words >= MIN_WORDS && capitalised * 10 >= words * 7;
    }

    /** The characters of the regular expression \\s. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
