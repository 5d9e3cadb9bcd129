package org.sitrep.pipeline.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds dictionary phrases in text: whole words, longest match first, left to right, without overlaps.
 * Phrases are indexed by their first word, so a scan costs one map look-up per word of the text however
 * large the dictionary is. Names are written many ways, so the words of a phrase may be separated by any run
 * of spaces or hyphens ("Jabhat Fateh al Sham" for "Jabhat Fateh al-Sham"), and every apostrophe-like mark
 * (’ ‘ ʼ ` ´) matches every other ("Assad’s forces" for "Assad's forces").
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {

    /** A phrase of the dictionary; a case-sensitive phrase ('IS', 'US') must match its exact capitalisation. */
    public record Phrase<T>(String text, boolean caseSensitive, T value) {
    }

    /** A phrase found in a text, with its offsets in that text. */
    public record Match<T>(int start, int end, String text, Phrase<T> phrase) {
    }

    /** A phrase with its text in the normal form of {@link Normalized}. */
    private record Entry<T>(String normal, Phrase<T> phrase) {
    }

    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

    public PhraseMatcher(List<Phrase<T>> phrases) {
        for (Phrase<T> phrase : phrases) {
            String normal = Normalized.of(phrase.text()).text;
            byFirstWord.computeIfAbsent(firstWord(normal, 0), k -> new ArrayList<>()).add(new Entry<>(normal, phrase));
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Entry<T> e) -> e.normal().length()).reversed()));
    }

    public List<Match<T>> find(String text) {
        Normalized normalized = Normalized.of(text);
        String normal = normalized.text;
        List<Match<T>> matches = new ArrayList<>();
        int i = 0;
        while (i < normal.length()) {
            if (!isWordChar(normal.charAt(i)) || (i > 0 && isWordChar(normal.charAt(i - 1)))) {
                i++;
                continue;
            }
            Entry<T> entry = longestAt(normal, i);
            if (entry != null) {
                int end = i + entry.normal().length();
                int start = normalized.offsets[i];
                int originalEnd = normalized.offsets[end - 1] + 1;
                matches.add(new Match<>(start, originalEnd, text.substring(start, originalEnd), entry.phrase()));
                i = end;
            } else {
                i++;
            }
        }
        return matches;
    }

    private Entry<T> longestAt(String normal, int start) {
        List<Entry<T>> candidates = byFirstWord.get(firstWord(normal, start));
        if (candidates == null) {
            return null;
        }
        for (Entry<T> entry : candidates) {
            int end = start + entry.normal().length();
            if (end <= normal.length()
                    && normal.regionMatches(!entry.phrase().caseSensitive(), start, entry.normal(), 0, entry.normal().length())
                    && (end == normal.length() || !isWordChar(normal.charAt(end)) || !isWordChar(normal.charAt(end - 1)))) {
                return entry;
            }
        }
        return null;
    }

    /**
     * A text with each run of spaces and hyphens made one space and each apostrophe-like mark an apostrophe,
     * and for each of its characters the offset of the character of the original text it stands for.
     */
    private static final class Normalized {
        final String text;
        final int[] offsets;

        private Normalized(String text, int[] offsets) {
            this.text = text;
            this.offsets = offsets;
        }

        static Normalized of(String original) {
            StringBuilder text = new StringBuilder(original.length());
            int[] offsets = new int[original.length()];
            for (int i = 0; i < original.length(); i++) {
                char c = original.charAt(i);
                if (isSeparator(c)) {
                    if (text.isEmpty() || text.charAt(text.length() - 1) != ' ') {
                        offsets[text.length()] = i;
                        text.append(' ');
                    }
                    continue;
                }
                offsets[text.length()] = i;
                text.append(isApostrophe(c) ? '\'' : c);
            }
            return new Normalized(text.toString(), offsets);
        }

        private static boolean isSeparator(char c) {
            return Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u00A0';
        }

        private static boolean isApostrophe(char c) {
            return c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4';
        }
    }

    private static String firstWord(String text, int from) {
        int end = from;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end).toLowerCase(Locale.ROOT);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
