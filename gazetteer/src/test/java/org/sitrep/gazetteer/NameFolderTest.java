package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameFolderTest {

    private static void assertSameKey(String... names) {
        for (String name : names) {
            assertEquals(NameFolder.key(names[0]), NameFolder.key(name), names[0] + " vs " + name);
        }
    }

    private static void assertSameLooseKey(String... names) {
        for (String name : names) {
            assertEquals(NameFolder.looseKey(names[0]), NameFolder.looseKey(name), names[0] + " vs " + name);
        }
    }

    @Test
    void foldsDiacriticsAndCase() {
        assertEquals("tartus", NameFolder.key("Ṭarṭūs"));
        assertSameKey("Ṭarṭūs", "Ţarţūs", "Tartus", "Tartous", "TARTUS");
    }

    @Test
    void foldsAynHamzaArticlesAndDoubledLetters() {
        assertSameKey("Maʿarrat an Nuʿmān", "Maarat al-Numan", "Ma'arrat al-Nu'man", "Ma`arrat an Nu`man",
                "Ma‘arrat an Nu‘mān");
        assertEquals("marat numan", NameFolder.fold("Maʿarrat an Nuʿmān"));
    }

    @Test
    void keepsAnArticleThatIsTheWholeName() {
        assertEquals("al", NameFolder.key("Al"));
        assertEquals("bab", NameFolder.key("Al-Bab"));
    }

    @Test
    void foldsCommonAlternations() {
        assertSameKey("Kandahar", "Qandahar");
        assertSameKey("Raqqa", "Ar Raqqah", "Ar-Raqqa");
        assertSameKey("Hasakah", "Al-Hasakah", "Al Hasaka");
        assertSameKey("Al Hasakeh", "Hassakeh", "Al-Hasakeh");
        assertSameKey("Kramatorsk", "Kramatorsk");
    }

    @Test
    void looseKeyIgnoresVowelsAndDiphthongs() {
        assertSameLooseKey("Deir ez-Zor", "Deir al-Zour", "Dayr az Zawr", "Deir Ezzor");
        assertSameLooseKey("Hasakah", "Al Hasakeh", "Hassakeh", "Al-Hasakah");
        assertSameLooseKey("Idlib", "Edlib", "Idleb");
        assertNotEquals(NameFolder.looseKey("Idlib"), NameFolder.looseKey("Dlib"));
    }

    @Test
    void foldsArabicScript() {
        assertSameKey("الحسكة", "حسكة", "الحسكه");
        assertSameKey("إدلب", "ادلب");
    }

    @Test
    void fuzzyMatchIsBoundedByKeyLength() {
        assertTrue(NameFolder.withinFuzzyBound("kramatorsk", "kramatrosk"), "transposition");
        assertTrue(NameFolder.withinFuzzyBound(NameFolder.key("Saraqib"), NameFolder.key("Saraqeb")));
        assertFalse(NameFolder.withinFuzzyBound("homs", "hums"), "short keys never match fuzzily");
        assertFalse(NameFolder.withinFuzzyBound("mariupol", "marjupils"), "two edits on an 8-letter key");
        assertTrue(NameFolder.withinFuzzyBound("karamatorsk", "kramatorks"), "two edits on 10-letter keys");
    }

    /**
     * The fuzzy test computes only the diagonal band of the distance table and stops early; on random keys of a
     * small alphabet (many near pairs, transpositions included) it agrees with the whole table.
     */
    @Test
    void fuzzyBoundAgreesWithTheFullDistanceTable() {
        Random random = new Random(42);
        int near = 0;
        for (int trial = 0; trial < 200_000; trial++) {
            String a = RandomKeys.letters(random, "abcd", 5 + random.nextInt(9));
            String b = RandomKeys.edited(random, "abcd", a, random.nextInt(4), 0);
            int bound = NameFolder.fuzzyBound(Math.min(a.length(), b.length()));
            boolean expected = bound > 0 && Math.abs(a.length() - b.length()) <= bound && osaDistance(a, b) <= bound;
            assertEquals(expected, NameFolder.withinFuzzyBound(a, b), a + " vs " + b);
            near += expected ? 1 : 0;
        }
        assertTrue(near > 10_000, "the trials should hold many pairs within the bound: " + near);
    }

    /** Optimal-string-alignment distance over the whole table, the textbook way. */
    private static int osaDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    void foldingIsStableOnItsOwnOutput() {
        for (String name : List.of("Maʿarrat an Nuʿmān", "Deir ez-Zor", "Kramatorsk", "الحسكة")) {
            assertEquals(NameFolder.key(name), NameFolder.key(NameFolder.fold(name)));
        }
    }
}
