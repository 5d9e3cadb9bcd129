package org.sitrep.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Pure functions that turn a place name into matching keys, so that the many romanisations of
 * one Arabic, Persian or Pashto name ("Maʿarrat an Nuʿmān", "Maarat al-Numan", "Ma'arrat al-Nu'man")
 * meet on one key.
 *
 * <ul>
 *   <li>{@link #fold} keeps word boundaries: case, diacritics, ʿayn/hamza marks and apostrophes,
 *       the Arabic article, doubled letters and common spelling alternations are folded away.</li>
 *   <li>{@link #key} is the strict key: {@code fold} without spaces ("Deir ez-Zor" → "deirzor").</li>
 *   <li>{@link #looseKey} is a consonant skeleton for spellings that differ in vowels only
 *       ("Deir al-Zour", "Dayr az Zawr" → "drzr").</li>
 *   <li>{@link #withinFuzzyBound} is the bounded Damerau–Levenshtein test used only when both keys fail.</li>
 * </ul>
 */
public final class NameFolder {

    /**
     * Romanisations of the Arabic article (with its sun-letter assimilations) and the French/Spanish
     * ones that GeoNames writes the same way. Dropped only when a word follows, so "Al" alone stays.
     */
    private static final Set<String> ARTICLES = Set.of(
            "al", "el", "ar", "er", "an", "en", "as", "es", "ash", "esh", "at", "et", "ath", "eth",
            "ad", "ed", "adh", "edh", "az", "ez");

    /** Longest-first romanisation alternations applied to Latin words of the strict key. */
    private static final String[][] ALTERNATIONS = {
            {"kh", "h"}, {"dh", "d"}, {"th", "t"}, {"gh", "g"}, {"dj", "j"}, {"ph", "f"}, {"ck", "k"},
            {"q", "k"}, {"ou", "u"}, {"oo", "u"}, {"ee", "i"},
    };

    private NameFolder() {
    }

    /**
     * Folds a name to lower-case words joined by single spaces, with diacritics, apostrophe-like
     * marks, articles, doubled letters and spelling alternations removed. Empty when nothing is left.
     */
    public static String fold(String name) {
        List<String> words = words(name);
        List<String> folded = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean followedByWord = i + 1 < words.size();
            if (followedByWord && ARTICLES.contains(word)) {
                continue;
            }
            String normalised = isArabicWord(word) ? foldArabicWord(word) : foldLatinWord(word);
            if (!normalised.isEmpty()) {
                folded.add(normalised);
            }
        }
        return String.join(" ", folded);
    }

    /** The strict matching key: {@link #fold} with the spaces removed. */
    public static String key(String name) {
        return fold(name).replace(" ", "");
    }

    /**
     * The loose key of a name: its strict key reduced to a consonant skeleton. Diphthongs are first
     * merged (ay/ai/ei/ey → e, aw/au/ow → o) so that "Dayr" and "Deir" agree; a leading vowel is kept
     * as "a" so that "Idlib"/"Edlib" agree but do not collide with "Dlib".
     */
    public static String looseKey(String name) {
        return looseKeyOfKey(key(name));
    }

    /** {@link #looseKey} computed from an already strict key. */
    static String looseKeyOfKey(String strictKey) {
        if (strictKey.isEmpty()) {
            return strictKey;
        }
        String merged = strictKey.replace("ay", "e").replace("ai", "e").replace("ei", "e").replace("ey", "e")
                .replace("aw", "o").replace("au", "o").replace("ow", "o");
        StringBuilder skeleton = new StringBuilder(merged.length());
        skeleton.append(isVowel(merged.charAt(0)) ? 'a' : merged.charAt(0));
        for (int i = 1; i < merged.length(); i++) {
            char c = merged.charAt(i);
            if (!isVowel(c)) {
                skeleton.append(c);
            }
        }
        return collapseDoubles(skeleton.toString());
    }

    /**
     * Whether two strict keys are within the fuzzy bound: Damerau–Levenshtein distance ≤ 1 when the
     * shorter key has at least 6 characters, ≤ 2 when it has at least 10, never for shorter keys.
     */
    public static boolean withinFuzzyBound(String a, String b) {
        int bound = fuzzyBound(Math.min(a.length(), b.length()));
        return bound > 0 && Math.abs(a.length() - b.length()) <= bound && damerauLevenshtein(a, b, bound) <= bound;
    }

    /** The edit distance allowed for a key of this length: 0, 1 (≥ 6) or 2 (≥ 10). */
    public static int fuzzyBound(int keyLength) {
        return keyLength >= 10 ? 2 : keyLength >= 6 ? 1 : 0;
    }

    /**
     * Optimal-string-alignment Damerau–Levenshtein distance, cut off: returns {@code bound + 1} as soon
     * as every cell of a row exceeds the bound.
     */
    static int damerauLevenshtein(String a, String b, int bound) {
        int n = a.length();
        int m = b.length();
        int[] previous2 = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMinimum = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, previous2[j - 2] + 1);
                }
                current[j] = best;
                rowMinimum = Math.min(rowMinimum, best);
            }
            if (rowMinimum > bound) {
                return bound + 1;
            }
            int[] recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[m];
    }

    /** Lower-cased, diacritic-free words of a name; apostrophe-like marks vanish, other punctuation splits. */
    static List<String> words(String name) {
        String decomposed = isPlainAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
        List<String> words = new ArrayList<>(4);
        StringBuilder word = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (isApostropheLike(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String letters = latinLetterFor(Character.toLowerCase(c));
            if (letters != null) {
                word.append(letters);
            } else if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** Latin letters that Unicode does not decompose into a base letter plus a mark. */
    private static String latinLetterFor(char c) {
        return switch (c) {
            case 'ı' -> "i";
            case 'ł' -> "l";
            case 'ø' -> "o";
            case 'đ', 'ð' -> "d";
            case 'ħ' -> "h";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'þ' -> "th";
            case 'ŋ' -> "n";
            case 'ə' -> "a";
            default -> null;
        };
    }

    private static String foldLatinWord(String word) {
        String folded = word;
        for (String[] alternation : ALTERNATIONS) {
            folded = folded.replace(alternation[0], alternation[1]);
        }
        folded = collapseDoubles(folded);
        // A word-final h after a vowel is the Arabic tāʾ marbūṭa or a silent h: Raqqah/Raqqa, Hasakah/Hasaka.
        int last = folded.length() - 1;
        if (last >= 2 && folded.charAt(last) == 'h' && isVowel(folded.charAt(last - 1))) {
            folded = folded.substring(0, last);
        }
        return folded;
    }

    /** Unifies alef, tāʾ marbūṭa, alef maqṣūra and hamza seats, and drops the article ال. */
    private static String foldArabicWord(String word) {
        StringBuilder folded = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> folded.append('ا');
                case 'ة' -> folded.append('ه');
                case 'ى', 'ئ' -> folded.append('ي');
                case 'ؤ' -> folded.append('و');
                case 'ـ', 'ء' -> { /* tatweel and a bare hamza carry no letter */ }
                default -> folded.append(c);
            }
        }
        if (folded.length() > 3 && folded.charAt(0) == 'ا' && folded.charAt(1) == 'ل') {
            folded.delete(0, 2);
        }
        return collapseDoubles(folded.toString());
    }

    static boolean isArabicWord(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }

    private static String collapseDoubles(String s) {
        StringBuilder collapsed = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (collapsed.isEmpty() || collapsed.charAt(collapsed.length() - 1) != c) {
                collapsed.append(c);
            }
        }
        return collapsed.toString();
    }

    static boolean isApostropheLike(char c) {
        return switch (c) {
            case '\'', '`', '´', '’', '‘', 'ʿ', 'ʾ', 'ʻ', 'ʼ', 'ˈ', '′', 'ʹ' -> true;
            default -> false;
        };
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}
