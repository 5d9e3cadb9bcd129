package org.sitrep.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MatchStartsTest {
    private static final List<TimexRule> RULES = TimexRule.load("rules.txt", Lexicons.loadDefault());

    @Test
    void everyRuleIsAnalysedAndNoneStartsOnASpace() {
        for (TimexRule rule : RULES) {
            assertFalse(MatchStarts.of(rule.pattern()).mayStartAt("a b", 1), rule.name());
        }
    }

    @Test
    void findsWhatMatcherFindFindsForEveryRule() {
        List<String> texts = new ArrayList<>(List.of(
                "Monday, Sept. 5, 2016: the night of 3 May; 18:00 UTC on Tuesday. In 1862, 499 BC (499-493 BC).",
                "Two days later, the 1990s, the late '70s; 1861-1863 and 2007-08; twice a week, every day since '82.",
                "between 1 and 3 May 2016, May 1-3, Sept. 18 to 20, 2016; 5/9/2016 and 2016-09-05T09:30 at 9am.",
                "MAY 5, JANUARY 2015, may march; the previous year, that same night, for the day, earlier this week.",
                "Jan Egeland said 1500 fighters left in 2015 – the 470s BC and the 19th century, the first quarter."));
        texts.addAll(randomTexts(400));
        for (TimexRule rule : RULES) {
            assertSameMatches(rule.pattern(), texts);
        }
    }

    @Test
    void readsWhereAMatchCanStart() {
        MatchStarts word = MatchStarts.of(Pattern.compile("\\bfoo", Pattern.CASE_INSENSITIVE));
        assertTrue(word.mayStartAt("a Foo", 2));
        assertFalse(word.mayStartAt("aFoo", 1), "\\b inside a word");
        assertFalse(word.mayStartAt("a Goo", 2), "not a first letter");
        MatchStarts cased = MatchStarts.of(Pattern.compile("(?-i:May\\b)|\\d", Pattern.CASE_INSENSITIVE));
        assertTrue(cased.mayStartAt("May", 0));
        assertTrue(cased.mayStartAt("7", 0));
        assertFalse(cased.mayStartAt("may", 0), "(?-i:) keeps the case");
        MatchStarts lookBehind = MatchStarts.of(Pattern.compile("(?<![\\p{L}\\p{N}-])(?:bombs?)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        assertFalse(lookBehind.mayStartAt("x-bomb", 2));
        assertFalse(lookBehind.mayStartAt("3bomb", 1));
        assertTrue(lookBehind.mayStartAt("(bomb", 1));
        assertTrue(lookBehind.mayStartAt("ébomb", 1), "above ASCII the pattern decides");
        MatchStarts quoted = MatchStarts.of(Pattern.compile("(?i)" + Pattern.quote("a.b") + "|" + Pattern.quote("x")));
        assertTrue(quoted.mayStartAt("A.b", 0));
        assertTrue(quoted.mayStartAt("x", 0));
        assertFalse(quoted.mayStartAt(".", 0));
        MatchStarts optional = MatchStarts.of(Pattern.compile("(?:the\\s+)?(?<day>[0-9]{1,2})"));
        assertTrue(optional.mayStartAt("the 5", 0));
        assertTrue(optional.mayStartAt("5", 0));
        assertFalse(optional.mayStartAt("a 5", 0));
    }

    @Test
    void readsTheWordsEveryMatchHolds() {
        TimexRule ago = RULES.stream().filter(rule -> rule.name().equals("units_ago")).findFirst().orElseThrow();
        assertFalse(MatchStarts.of(ago.pattern()).mayMatch(new MatchStarts.Words("He left two days later.")));
        assertTrue(MatchStarts.of(ago.pattern()).mayMatch(new MatchStarts.Words("He left two days AGO.")));
        TimexRule date = RULES.stream().filter(rule -> rule.name().equals("date_day_month_year")).findFirst().orElseThrow();
        assertFalse(MatchStarts.of(date.pattern()).mayMatch(new MatchStarts.Words("In September the town fell.")));
        assertFalse(MatchStarts.of(date.pattern()).mayMatch(new MatchStarts.Words("Early in September two thousand fled.")));
        assertTrue(MatchStarts.of(date.pattern()).mayMatch(new MatchStarts.Words("On 5 September 2016 the town fell.")));
        MatchStarts kidnap = MatchStarts.of(Pattern.compile("kidnap(?:ped)?|abduct", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        assertTrue(kidnap.mayMatch(new MatchStarts.Words("\u212AIDNAPPED")), "the KELVIN SIGN folds to k");
        assertFalse(kidnap.mayMatch(new MatchStarts.Words("seized")));
    }

    @Test
    void letsEveryPositionThroughWhereItCannotTell() {
        for (String regex : List.of("x?", "\\x41b", "[a[b]]c", "(?x) a b", "\\Q\\E", "(a)\\1", "\\R")) {
            MatchStarts starts = MatchStarts.of(Pattern.compile(regex));
            assertTrue(starts.mayStartAt("  ", 1), regex);
        }
        assertTrue(MatchStarts.of(Pattern.compile("a", Pattern.COMMENTS)).mayStartAt(" ", 0));
    }

    @Test
    void unicodeCaseFoldingReachesAsciiLetters() {
        // with UNICODE_CASE the KELVIN SIGN matches k, and k matches the KELVIN SIGN
        assertSameMatches(Pattern.compile("\u212A\\b|ok", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                List.of("k K \u212A OK o\u212A"));
        MatchStarts kelvin = MatchStarts.of(Pattern.compile("[\u2100-\u2200]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        assertTrue(kelvin.mayStartAt("k", 0));
    }

    private static void assertSameMatches(Pattern pattern, List<String> texts) {
        MatchStarts starts = MatchStarts.of(pattern);
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            Matcher plain = pattern.matcher(text);
            while (plain.find()) {
                expected.add(groups(plain));
            }
            List<String> actual = new ArrayList<>();
            Matcher filtered = pattern.matcher(text);
            boolean mayMatch = starts.mayMatch(new MatchStarts.Words(text));
            for (int from = 0; mayMatch && from <= text.length() && starts.find(filtered, text, from); from = MatchStarts.after(filtered)) {
                actual.add(groups(filtered));
            }
            assertEquals(expected, actual, pattern + " in: " + text);
        }
    }

    private static String groups(Matcher matcher) {
        StringBuilder spans = new StringBuilder();
        for (int g = 0; g <= matcher.groupCount(); g++) {
            spans.append(matcher.start(g)).append('-').append(matcher.end(g)).append(' ');
        }
        return spans.toString();
    }

    /** Texts of date-like words, figures and punctuation in random order, with a fixed seed. */
    private static List<String> randomTexts(int count) {
        String[] words = {"the", "The", "May", "may", "MAY", "Sept.", "September", "Monday", "monday", "5", "05", "12", "2016",
                "1862", "'82", "1990s", "70s", "BC", "B.C.", "in", "since", "of", "last", "next", "two", "days", "day", "ago",
                "later", "earlier", "week", "year", "every", "twice", "a", "times", "at", "9am", "p.m.", "18:00", "UTC", "night",
                "early", "mid", "-", "–", "/", ",", ".", ":", "'", "’", "(", ")", "century", "19th", "quarter", "first", "now",
                "currently", "weekly", "spring", "ﬁ", "é", "İ", "\u212A", "x1", "_", "and", "to", "until"};
        Random random = new Random(42);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int length = 3 + random.nextInt(25);
            for (int w = 0; w < length; w++) {
                text.append(words[random.nextInt(words.length)]);
                int gap = random.nextInt(10);
                text.append(gap < 7 ? " " : gap == 7 ? "" : gap == 8 ? ", " : "\n");
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
