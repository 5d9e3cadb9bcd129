package org.sitrep.gazetteer;

import java.text.Normalizer;
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

    private static final int LONGEST_ARTICLE = ARTICLES.stream().mapToInt(String::length).max().orElse(0);

    private static final char LATIN_TABLE_START = '\u00c0';
    private static final char LATIN_TABLE_END = '\u1f00';
    /** Read-only after class initialisation; see {@link #baseLetters()}. */
    private static final char[] LATIN_BASE_LETTERS = baseLetters();

    private NameFolder() {
    }

    /**
     * Folds a name to lower-case words joined by single spaces, with diacritics, apostrophe-like
     * marks, articles, doubled letters and spelling alternations removed. Empty when nothing is left.
     */
    public static String fold(String name) {
        return fold(name, " ");
    }

    /** The strict matching key: {@link #fold} with the spaces removed. */
    public static String key(String name) {
        return fold(name, "");
    }

    /**
     * The loose key of a name: its strict key reduced to a consonant skeleton. A y or w right after a
     * vowel is part of a diphthong and goes with it, so that "Dayr"/"Deir" and "Zawr"/"Zur" agree; a
     * leading vowel is kept as "a" so that "Idlib"/"Edlib" agree but do not collide with "Dlib".
     */
    public static String looseKey(String name) {
        return looseKeyOfKey(key(name));
    }

    /** {@link #looseKey} computed from an already strict key. */
    static String looseKeyOfKey(String strictKey) {
        char[] skeleton = new char[strictKey.length()];
        return new String(skeleton, 0, looseKeyOfKey(strictKey.toCharArray(), strictKey.length(), skeleton));
    }

    /**
     * {@link #looseKey} of the strict key {@code strictKey[0 .. length)}, written to {@code skeleton} (at least
     * {@code length} long); returns its length. The toponym finder builds a span's key in a buffer and asks this of
     * every span that no strict key matches, so it makes no strings.
     */
    static int looseKeyOfKey(char[] strictKey, int length, char[] skeleton) {
        if (length == 0) {
            return 0;
        }
        int written = 0;
        char first = strictKey[0];
        skeleton[written++] = isVowel(first) ? 'a' : first;
        // A diphthong's second letter (y, i, w, u) is a vowel here, not a consonant.
        boolean afterVowel = isVowel(first);
        for (int i = 1; i < length; i++) {
            char c = strictKey[i];
            boolean glide = (c == 'y' || c == 'w') && afterVowel;
            if (isVowel(c) || glide) {
                afterVowel = !glide;
                continue;
            }
            afterVowel = false;
            if (skeleton[written - 1] != c) {
                skeleton[written++] = c;
            }
        }
        return written;
    }

    /**
     * Folds one word of ASCII letters, digits and apostrophes, {@code text[from .. to)}, as {@link #fold} does, without
     * the passes over the characters for marks and letters outside ASCII: {@code word} (room for {@code to - from})
     * gets it as the folding reads it, lower case and without the apostrophes, and {@code key} its {@link #key} from
     * {@code at} (room for {@code to - from}); returns where the key ends. The key of a name of such words is the keys
     * of its words one after the other, an article's ({@link #isArticle}) left out but for the last word's: the toponym
     * finder builds the keys of the spans it tries so, from its tokens'.
     */
    static int foldAsciiWord(String text, int from, int to, char[] word, char[] key, int at) {
        int length = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isApostropheLike(c)) {
                word[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            }
        }
        return foldLatinWord(word, length, key, at);
    }

    /** Whether the lower-case word of {@link #foldAsciiWord} is an article, which {@link #key} drops before another word. */
    static boolean isArticle(String text, int from, int to) {
        if (to - from > 2 * LONGEST_ARTICLE) {
            return false; // an article, with an apostrophe between each two letters at most
        }
        StringBuilder word = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isApostropheLike(c)) {
                word.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return ARTICLES.contains(word.toString());
    }

    /** Shared by {@link #fold} and {@link #key}: one pass over the characters, words joined by {@code separator}. */
    private static String fold(String name, String separator) {
        String decomposed = isPrecomposedLatinOrPlain(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        StringBuilder word = new StringBuilder(16);
        String pendingArticle = null;
        int length = decomposed.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? decomposed.charAt(i) : ' ';
            if (isApostropheLike(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c >= LATIN_TABLE_START && c < LATIN_TABLE_END && LATIN_BASE_LETTERS[c - LATIN_TABLE_START] != 0) {
                c = LATIN_BASE_LETTERS[c - LATIN_TABLE_START];
            }
            String letters = latinLetterFor(Character.toLowerCase(c));
            if (letters != null) {
                word.append(letters);
            } else if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                String completed = word.toString();
                word.setLength(0);
                // An article is dropped only when a word follows it, so "Al" alone keeps its key.
                pendingArticle = null;
                if (ARTICLES.contains(completed)) {
                    pendingArticle = completed;
                    continue;
                }
                appendWord(folded, completed, separator);
            }
        }
        if (pendingArticle != null) {
            appendWord(folded, pendingArticle, separator);
        }
        return folded.toString();
    }

    private static void appendWord(StringBuilder folded, String word, String separator) {
        int mark = folded.length();
        if (mark > 0) {
            folded.append(separator);
        }
        int wordStart = folded.length();
        if (isArabicWord(word)) {
            appendArabicWord(folded, word);
        } else {
            appendLatinWord(folded, word);
        }
        if (folded.length() == wordStart) {
            folded.setLength(mark);
        }
    }

    /** Applies the alternations (kh→h, dh→d, th→t, gh→g, dj→j, ph→f, ck→k, q→k, ou/oo→u, ee→i) and collapses doubles. */
    private static void appendLatinWord(StringBuilder folded, String word) {
        char[] out = new char[word.length()];
        folded.append(out, 0, foldLatinWord(word.toCharArray(), word.length(), out, 0));
    }

    /**
     * {@link #appendLatinWord} on arrays: folds {@code word[0 .. length)} into {@code out} from {@code at} (room for
     * {@code length} characters: folding never lengthens a word); returns where the folded word ends.
     */
    private static int foldLatinWord(char[] word, int length, char[] out, int at) {
        int end = at;
        for (int i = 0; i < length; i++) {
            char c = word[i];
            char next = i + 1 < length ? word[i + 1] : 0;
            char folded = c;
            if (next == 'h' && (c == 'k' || c == 'd' || c == 't' || c == 'g')) {
                folded = c == 'k' ? 'h' : c;
                i++;
            } else if (c == 'p' && next == 'h') {
                folded = 'f';
                i++;
            } else if ((c == 'd' && next == 'j') || (c == 'c' && next == 'k')) {
                folded = next == 'j' ? 'j' : 'k';
                i++;
            } else if (c == 'q') {
                folded = 'k';
            } else if (c == 'o' && (next == 'u' || next == 'o')) {
                folded = 'u';
                i++;
            } else if (c == 'e' && next == 'e') {
                folded = 'i';
                i++;
            }
            if (end == at || out[end - 1] != folded) {
                out[end++] = folded;
            }
        }
        // A word-final h after a vowel is the Arabic tāʾ marbūṭa or a silent h: Raqqah/Raqqa, Hasakah/Hasaka.
        int last = end - 1;
        if (last - at >= 2 && out[last] == 'h' && isVowel(out[last - 1])) {
            end = last;
        }
        return end;
    }

    /** Unifies alef, tāʾ marbūṭa, alef maqṣūra and hamza seats, drops the article ال, collapses doubles. */
    private static void appendArabicWord(StringBuilder folded, String word) {
        int wordStart = folded.length();
        int from = word.length() > 3 && word.charAt(0) == 'ا' && word.charAt(1) == 'ل' ? 2 : 0;
        for (int i = from; i < word.length(); i++) {
            char c = switch (word.charAt(i)) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ة' -> 'ه';
                case 'ى', 'ئ' -> 'ي';
                case 'ؤ' -> 'و';
                default -> word.charAt(i);
            };
            if (c == 'ـ' || c == 'ء') {
                continue; // tatweel and a bare hamza carry no letter
            }
            if (folded.length() == wordStart || folded.charAt(folded.length() - 1) != c) {
                folded.append(c);
            }
        }
    }

    /**
     * Whether two strict keys are within the fuzzy bound: Damerau–Levenshtein distance ≤ 1 when the
     * shorter key has at least 6 characters, ≤ 2 when it has at least 10, never for shorter keys.
     */
    public static boolean withinFuzzyBound(String a, String b) {
        return withinFuzzyBound(a.toCharArray(), 0, a.length(), b.toCharArray(), 0, b.length(), new int[128],
                new int[3 * (b.length() + 1)]);
    }

    /**
     * {@link #withinFuzzyBound(String, String)} for keys held in char arrays ({@code a[aFrom..aFrom+n)},
     * {@code b[bFrom..bFrom+m)}), as the name index keeps them: a fuzzy search compares one key with hundreds
     * of others, and reading them from one array instead of as many strings is what makes it fast.
     * {@code counts} is scratch space of 128 zeros, left as zeros; {@code rows} scratch space of at least
     * 3 × (m + 1) ints.
     */
    static boolean withinFuzzyBound(char[] a, int aFrom, int n, char[] b, int bFrom, int m, int[] counts, int[] rows) {
        int bound = fuzzyBound(Math.min(n, m));
        return bound > 0 && Math.abs(n - m) <= bound && mayBeWithin(a, aFrom, n, b, bFrom, m, bound, counts)
                && withinDistance(a, aFrom, n, b, bFrom, m, bound, rows);
    }

    /**
     * A quick necessary condition for the distance bound, which rules out nearly every pair of a fuzzy
     * search before the full computation: one edit (or a swap of neighbours) leaves the keys equal outside
     * a window of two characters, and each of k edits changes the letter counts by at most two.
     */
    private static boolean mayBeWithin(char[] a, int aFrom, int n, char[] b, int bFrom, int m, int bound, int[] counts) {
        int prefix = 0;
        while (prefix < n && prefix < m && a[aFrom + prefix] == b[bFrom + prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && a[aFrom + n - 1 - suffix] == b[bFrom + m - 1 - suffix]) {
            suffix++;
        }
        if (bound == 1) {
            return prefix + suffix >= Math.max(n, m) - 2;
        }
        int other = 0;
        for (int i = aFrom + prefix; i < aFrom + n - suffix; i++) {
            if (a[i] < 128) {
                counts[a[i]]++;
            } else {
                other++;
            }
        }
        for (int i = bFrom + prefix; i < bFrom + m - suffix; i++) {
            if (b[i] < 128) {
                counts[b[i]]--;
            } else {
                other++;
            }
        }
        // Sum the counts left over, clearing each the first time its letter comes round, so that every letter counts once.
        int difference = other;
        for (int i = aFrom + prefix; i < aFrom + n - suffix; i++) {
            if (a[i] < 128) {
                difference += Math.abs(counts[a[i]]);
                counts[a[i]] = 0;
            }
        }
        for (int i = bFrom + prefix; i < bFrom + m - suffix; i++) {
            if (b[i] < 128) {
                difference += Math.abs(counts[b[i]]);
                counts[b[i]] = 0;
            }
        }
        return difference <= 2 * bound;
    }

    /** The edit distance allowed for a key of this length: 0, 1 (≥ 6) or 2 (≥ 10). */
    public static int fuzzyBound(int keyLength) {
        return keyLength >= 10 ? 2 : keyLength >= 6 ? 1 : 0;
    }

    /**
     * Whether the optimal-string-alignment Damerau–Levenshtein distance is at most {@code bound}. Only the cells
     * within {@code bound} of the diagonal are computed, the others count as over the bound: a cell further off
     * costs more than the bound, and costs never fall along an alignment, so no alignment within the bound passes
     * through one. Stops as soon as a whole row is over the bound. {@code rows}: scratch space, 3 × (m + 1) ints.
     */
    private static boolean withinDistance(char[] a, int aFrom, int n, char[] b, int bFrom, int m, int bound, int[] rows) {
        int over = bound + 1;
        int width = m + 1;
        int previous2 = 0;
        int previous = width;
        int current = 2 * width;
        for (int j = 0; j <= m; j++) {
            rows[previous + j] = Math.min(j, over);
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - bound);
            int to = Math.min(m, i + bound);
            rows[current] = Math.min(i, over);
            rows[current + from - 1] = from > 1 ? over : rows[current];
            int rowMinimum = rows[current];
            char ai = a[aFrom + i - 1];
            for (int j = from; j <= to; j++) {
                int cost = ai == b[bFrom + j - 1] ? 0 : 1;
                int best = Math.min(Math.min(rows[previous + j] + 1, rows[current + j - 1] + 1), rows[previous + j - 1] + cost);
                if (i > 1 && j > 1 && ai == b[bFrom + j - 2] && a[aFrom + i - 2] == b[bFrom + j - 1]) {
                    best = Math.min(best, rows[previous2 + j - 2] + 1);
                }
                best = Math.min(best, over);
                rows[current + j] = best;
                rowMinimum = Math.min(rowMinimum, best);
            }
            if (to < m) {
                rows[current + to + 1] = over; // the next row reads it as the cell above its last
            }
            if (rowMinimum > bound) {
                return false;
            }
            int recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return rows[previous + m] <= bound;
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

    private static boolean isArabicWord(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.ARABIC;
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

    /**
     * Whether the name needs no Unicode normalisation: all its characters are ASCII, Arabic, combining
     * marks, or precomposed Latin letters that {@link #LATIN_BASE_LETTERS} maps. Normalising every name
     * would triple the gazetteer's load time.
     */
    private static boolean isPrecomposedLatinOrPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean tabled = c >= LATIN_TABLE_START && c < LATIN_TABLE_END && LATIN_BASE_LETTERS[c - LATIN_TABLE_START] != 0;
            if (c > 0x7f && !tabled && !(c >= 0x0600 && c <= 0x06ff)
                    && Character.getType(c) != Character.NON_SPACING_MARK && latinLetterFor(Character.toLowerCase(c)) == null
                    && !isApostropheLike(c)) {
                return false;
            }
        }
        return true;
    }

    /** Base letter of each precomposed Latin letter (Latin-1 Supplement to Latin Extended Additional), else 0. */
    private static char[] baseLetters() {
        char[] table = new char[LATIN_TABLE_END - LATIN_TABLE_START];
        for (char c = LATIN_TABLE_START; c < LATIN_TABLE_END; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            if (decomposed.length() > 1 && base < 0x80 && Character.isLetter(base)) {
                table[c - LATIN_TABLE_START] = base;
            }
        }
        return table;
    }
}
