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
 * large the dictionary is.
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

    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();

    public PhraseMatcher(List<Phrase<T>> phrases) {
        for (Phrase<T> phrase : phrases) {
            byFirstWord.computeIfAbsent(firstWord(phrase.text(), 0), k -> new ArrayList<>()).add(phrase);
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Phrase<T> p) -> p.text().length()).reversed()));
    }

    public List<Match<T>> find(String text) {
        List<Match<T>> matches = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i)) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            Match<T> match = longestAt(text, i);
            if (match != null) {
                matches.add(match);
                i = match.end();
            } else {
                i++;
            }
        }
        return matches;
    }

    private Match<T> longestAt(String text, int start) {
        List<Phrase<T>> candidates = byFirstWord.get(firstWord(text, start));
        if (candidates == null) {
            return null;
        }
        for (Phrase<T> phrase : candidates) {
            int end = start + phrase.text().length();
            if (end <= text.length()
                    && text.regionMatches(!phrase.caseSensitive(), start, phrase.text(), 0, phrase.text().length())
                    && (end == text.length() || !isWordChar(text.charAt(end)) || !isWordChar(text.charAt(end - 1)))) {
                return new Match<>(start, end, text.substring(start, end), phrase);
            }
        }
        return null;
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
