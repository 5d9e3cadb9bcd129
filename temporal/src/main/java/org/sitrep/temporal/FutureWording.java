package org.sitrep.temporal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether future wording (future-cues.txt) governs a position in a text: a cue earlier in the
 * same clause, or, for an expression that opens its clause ("On Monday, the talks will resume"), a cue
 * later in it; in either case with no past tense (tense-words.txt) between the cue and the expression.
 */
final class FutureWording {
    /** Words of an opening phrase that still count as the clause's start: "On Monday", "By Friday". */
    private static final int OPENING_WORDS = 2;
    private static final String ADJACENT = "ADJACENT";
    private static final Pattern THAT = Pattern.compile("\\bthat\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’]+");
    /** A perfect after a modal looks back: "should have been completed in October". */
    private static final Pattern PERFECT = Pattern.compile("^\\s+have\\s+(?:been|\\p{L}+(?:ed|en))\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Lexicon cues;
    private final Lexicon tenseWords;
    private final Pattern cue;
    /** Where a cue can start: the tagger asks this of every match, and the search tried the cues at every position. */
    private final MatchStarts cueStarts;

    FutureWording(Lexicon cues, Lexicon tenseWords) {
        this.cues = cues;
        this.tenseWords = tenseWords;
        this.cue = Pattern.compile("\\b" + cues.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.cueStarts = MatchStarts.of(cue);
    }

    boolean governs(String text, int start, int end) {
        int clauseStart = clauseStart(text, start);
        int clauseEnd = clauseEnd(text, end);
        String before = text.substring(clauseStart, start);
        Matcher earlier = cue.matcher(before);
        for (int from = 0; from <= before.length() && cueStarts.find(earlier, before, from); from = MatchStarts.after(earlier)) {
            boolean governs = adjacent(earlier.group())
                    ? before.substring(earlier.end()).isBlank() && !hasPastTense(withoutLastWord(before.substring(0, earlier.start())))
                    && !hasPastTense(text.substring(end, clauseEnd))
                    : pointsAhead(before, earlier) && !hasPastTense(before.substring(earlier.end()));
            if (governs) {
                return true;
            }
        }
        boolean opensClause = before.isBlank() || before.strip().split("\\s+").length <= OPENING_WORDS;
        if (!opensClause) {
            return false;
        }
        String after = text.substring(end, clauseEnd);
        Matcher later = cue.matcher(after);
        for (int from = 0; from <= after.length() && cueStarts.find(later, after, from); from = MatchStarts.after(later)) {
            if (!adjacent(later.group()) && pointsAhead(after, later) && !hasPastTense(after.substring(0, later.start()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause around an expression, the expression left out, has a past tense ("attacked on 24 December").
     * A reported clause starts after its "that": in "he added that the deal may be signed on 12 May" the
     * past tense is the reporting verb's.
     */
    boolean pastTense(String text, int start, int end) {
        String before = text.substring(clauseStart(text, start), start);
        Matcher complementiser = THAT.matcher(before);
        int reported = 0;
        while (complementiser.find()) {
            reported = complementiser.end();
        }
        return hasPastTense(before.substring(reported)) || hasPastTense(text.substring(end, clauseEnd(text, end)));
    }

    /** Drops the word before a preposition: "closed until Friday", "postponed till May" are participles. */
    private static String withoutLastWord(String span) {
        return span.stripTrailing().replaceFirst("\\S+$", "");
    }

    private boolean adjacent(String cueWords) {
        return cues.field(cueWords, 0).filter(ADJACENT::equals).isPresent();
    }

    /** A cue counts from now unless a past form comes right before it or a perfect right after it. */
    private boolean pointsAhead(String span, Matcher cueMatch) {
        Matcher previous = WORD.matcher(span.substring(0, cueMatch.start()));
        String previousWord = null;
        while (previous.find()) {
            previousWord = previous.group();
        }
        boolean futureInThePast = previousWord != null && "PAST".equals(kind(previousWord));
        return !futureInThePast && !PERFECT.matcher(span.substring(cueMatch.end())).find();
    }

    /**
     * Whether a span holds a past tense: a listed past form or a word ending in -ed (regular English past), in
     * lower case, unless an auxiliary or a determiner before it makes it a participle or an adjective.
     */
    private boolean hasPastTense(String span) {
        Matcher words = WORD.matcher(span);
        String previous = null;
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            String kind = kind(word);
            // a capitalised word is a name or opens the sentence: "will meet Mohammed on Friday", "the United Nations"
            boolean lowerCase = Character.isLowerCase(words.group().charAt(0));
            boolean pastForm = lowerCase && ("PAST".equals(kind)
                    || (word.length() >= 5 && word.endsWith("ed") && !"NOT_A_VERB".equals(kind)));
            if (pastForm && (previous == null || !"AUXILIARY".equals(kind(previous)))) {
                return true;
            }
            previous = word;
        }
        return false;
    }

    private String kind(String word) {
        return tenseWords.field(word, 0).orElse("");
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
