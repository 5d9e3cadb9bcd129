package org.sitrep.pipeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HeadlinesTest {
    @Test
    void titleCaseIsAHeadline() {
        assertTrue(Headlines.isHeadline("Bombs Kill Dozens In Regime-Held Areas"));
        assertFalse(Headlines.isHeadline("Bombs killed dozens in regime-held areas on Monday."));
        assertFalse(Headlines.isHeadline("Bombs Kill Dozens"), "fewer than four words");
        assertFalse(Headlines.isHeadline(" \t "));
    }

    /** The words are counted in place as String.split("\\s+") would cut them. */
    @Test
    void countsTheWordsOfARegularExpressionSplit() {
        String alphabet = "Aa \t\n\u000B\f\r\u001C\u00A0É-\uD835\uDC00x";
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(bySplit(text.toString()), Headlines.isHeadline(text.toString()), text.toString());
        }
    }

    private static boolean bySplit(String sentence) {
        String[] words = sentence.trim().split("\\s+");
        long capitalised = Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))).count();
        return words.length >= 4 && capitalised * 10 >= words.length * 7;
    }
}
