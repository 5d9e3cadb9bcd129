package org.sitrep.temporal;

import java.util.regex.Pattern;

/**
 * Decides whether future wording (future-cues.txt) governs a position in a text: a cue earlier in the
 * same clause, or, for an expression that opens its clause ("On Monday, the talks will resume"), a cue
 * later in it.
 */
final class FutureWording {
    /** Words of an opening phrase that still count as the clause's start: "On Monday", "By Friday". */
    private static final int OPENING_WORDS = 2;

    private final Pattern cue;
    /** Where a cue can start: the tagger asks this of every match, and the search tried the cues at every position. */
    private final MatchStarts cueStarts;

    FutureWording(Lexicon cues) {
        this.cue = Pattern.compile("\\b" + cues.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.cueStarts = MatchStarts.of(cue);
    }

    boolean governs(String text, int start, int end) {
        int clauseStart = clauseStart(text, start);
        String before = text.substring(clauseStart, start);
        if (cueStarts.find(cue.matcher(before), before, 0)) {
            return true;
        }
        boolean opensClause = before.isBlank() || before.strip().split("\\s+").length <= OPENING_WORDS;
        if (!opensClause) {
            return false;
        }
        String after = text.substring(end, clauseEnd(text, end));
        return cueStarts.find(cue.matcher(after), after, 0);
    }

    private static int clauseStart(String text, int position) {
        for (int i = position - 1; i >= 0; i--) {
            if (isBoundary(text, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int clauseEnd(String text, int position) {
        for (int i = position; i < text.length(); i++) {
            if (isBoundary(text, i)) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * A newline, semicolon, '!' or '?', or a full stop that ends a sentence: one followed by white space
     * and not closing an abbreviation such as "Sept." or "U.S." (a short capitalised word or a letter).
     */
    private static boolean isBoundary(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == ';' || c == '!' || c == '?') {
            return true;
        }
        if (c != '.' || i + 1 >= text.length() || !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        int wordStart = i;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        int wordLength = i - wordStart;
        boolean abbreviation = wordLength >= 1 && wordLength <= 4 && Character.isUpperCase(text.charAt(wordStart));
        return !abbreviation;
    }
}
