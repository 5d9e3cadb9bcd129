package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    /**
     * The fuzzy search skips buckets, weights and letter sets by necessary conditions only: on random keys (a small
     * alphabet for many near pairs, repeated letters, digits and non-Latin letters, lengths around the bounds' steps)
     * it finds exactly the places that comparing the query with every key finds.
     */
    @Test
    void fuzzySearchFindsWhatComparingWithEveryKeyFinds() {
        Random random = new Random(7);
        String alphabet = "aabeilnrs0ح";
        int places = 3_000;
        String[][] keysByPlace = new String[places][];
        List<String> allKeys = new ArrayList<>();
        for (int p = 0; p < places; p++) {
            String key = "ka" + randomLetters(random, alphabet, 3 + random.nextInt(11));
            keysByPlace[p] = new String[] {key};
            allKeys.add(key);
        }
        NameIndex index = NameIndex.of(keysByPlace, true);
        int found = 0;
        for (int trial = 0; trial < 3_000; trial++) {
            String query = trial % 2 == 0 ? mutate(random, alphabet, allKeys.get(random.nextInt(allKeys.size())))
                    : "ka" + randomLetters(random, alphabet, 3 + random.nextInt(11));
            TreeSet<Integer> expected = new TreeSet<>();
            for (int p = 0; p < places; p++) {
                String key = keysByPlace[p][0];
                int bound = NameFolder.fuzzyBound(query.length());
                if (bound > 0 && NameFolder.fuzzyBound(key.length()) > 0
                        && Math.abs(key.length() - query.length()) <= bound
                        && !key.startsWith(query) && !query.startsWith(key)
                        && NameFolder.withinFuzzyBound(query, key)) {
                    expected.add(p);
                }
            }
            TreeSet<Integer> actual = new TreeSet<>();
            index.forEachFuzzyPlace(query, actual::add);
            assertEquals(expected, actual, query);
            found += expected.size();
        }
        assertTrue(found > 500, "the trials should find many places: " + found);
    }

    private static String randomLetters(Random random, String alphabet, int length) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < length; i++) {
            letters.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return letters.toString();
    }

    /** Up to two edits after the first two letters: substitutions, insertions, deletions, swaps of neighbours. */
    private static String mutate(Random random, String alphabet, String key) {
        StringBuilder mutated = new StringBuilder(key);
        for (int edit = random.nextInt(3); edit > 0 && mutated.length() > 3; edit--) {
            int at = 2 + random.nextInt(mutated.length() - 3);
            char letter = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(4)) {
                case 0 -> mutated.setCharAt(at, letter);
                case 1 -> mutated.insert(at, letter);
                case 2 -> mutated.deleteCharAt(at);
                default -> {
                    char c = mutated.charAt(at);
                    mutated.setCharAt(at, mutated.charAt(at + 1));
                    mutated.setCharAt(at + 1, c);
                }
            }
        }
        return mutated.toString();
    }
}
