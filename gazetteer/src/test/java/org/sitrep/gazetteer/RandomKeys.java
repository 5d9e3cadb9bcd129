package org.sitrep.gazetteer;

import java.util.Random;

/** Random name keys and random edits of them, for the tests that check a fast search against a plain one. */
final class RandomKeys {
    private RandomKeys() {
    }

    static String letters(Random random, String alphabet, int length) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < length; i++) {
            letters.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return letters.toString();
    }

    /**
     * The key with up to {@code edits} random substitutions, insertions, deletions or swaps of neighbours, none in
     * its first {@code keep} letters.
     */
    static String edited(Random random, String alphabet, String key, int edits, int keep) {
        StringBuilder edited = new StringBuilder(key);
        for (int e = 0; e < edits && edited.length() > keep + 1; e++) {
            int at = keep + random.nextInt(edited.length() - keep - 1);
            char letter = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(4)) {
                case 0 -> edited.setCharAt(at, letter);
                case 1 -> edited.insert(at, letter);
                case 2 -> edited.deleteCharAt(at);
                default -> {
                    char c = edited.charAt(at);
                    edited.setCharAt(at, edited.charAt(at + 1));
                    edited.setCharAt(at + 1, c);
                }
            }
        }
        return edited.toString();
    }
}
