package org.sitrep.temporal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a match of a regular expression can start, worked out once from the pattern's text, so that a search tries
 * only those positions. {@link Matcher#find()} tries the whole pattern at every position of the text; the temporal
 * rules and the event triggers are long alternations of words, and in a JFR profile of the extractor on FA-KES
 * those tries were 60% of the time (docs/performance.md), nearly all at positions where the first character
 * already rules a match out.
 *
 * <p>Three facts are read from the pattern, each a necessary condition of a match at position {@code i}: the set of
 * characters its first consumed character can be; whether it opens with {@code \b}; and the characters a leading
 * negative look-behind of one character class forbids before it. Only ASCII characters are judged (anything above
 * 127 is let through), and the analysis is conservative: a construct it does not read, or a flag such as COMMENTS,
 * makes it let every position through. {@link #find} then returns exactly the match {@code Matcher.find(from)}
 * would: at each position let through it asks {@link Matcher#lookingAt()} over the rest of the text with
 * transparent, non-anchoring bounds, which is the very test {@code find} makes there.
 *
 * <p>A fourth fact, after the idea of RE2's prefilter, is for whole texts: sets of words of which every match holds
 * one (a month name and a figure for a calendar date, "ago" for "two days ago"), followed through sequences,
 * alternations and repetitions, folded to lower case. {@link #mayMatch} tells a text that lacks them, so that a
 * caller does not search it at all; the text is folded once ({@link Words}) for all the patterns asked about it.
 */
public final class MatchStarts {
    private static final MatchStarts ANY = new MatchStarts(null, null, false, false, List.of());
    /** Word sets larger than this are not followed (a requirement of 64 words is no filter worth its lookups). */
    private static final int MAX_STRINGS = 64;
    private static final int MAX_STRING_LENGTH = 24;
    /** A character class of more characters than this stands for no strings ([0-9] and \s still do). */
    private static final int MAX_CLASS_STRINGS = 12;

    /** ASCII characters a match may begin with (bit c of word c >> 6), or null for any position. */
    private final long[] first;
    /** ASCII characters that may not precede a match (a leading negative look-behind), or null. */
    private final long[] notAfter;
    private final boolean nonAsciiFirst;
    private final boolean boundary;
    /** Sets of words (folded to lower case) of which every match holds one, each set needed; the rarest first. */
    private final List<Word[]> required;

    private MatchStarts(long[] first, long[] notAfter, boolean nonAsciiFirst, boolean boundary, List<Word[]> required) {
        this.first = first;
        this.notAfter = notAfter;
        this.nonAsciiFirst = nonAsciiFirst;
        this.boundary = boundary;
        this.required = required;
    }

    /** The starts of {@code pattern}'s matches; every position when the analysis cannot tell. */
    public static MatchStarts of(Pattern pattern) {
        int flags = pattern.flags();
        if ((flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ | Pattern.UNICODE_CHARACTER_CLASS)) != 0) {
            return ANY;
        }
        try {
            Parser parser = new Parser(pattern.pattern(), flags);
            Node root = parser.alternation();
            if (parser.pos != parser.regex.length() || root.nullable) {
                return ANY; // a pattern that can match the empty string matches anywhere
            }
            List<Set<String>> required = new ArrayList<>(root.required);
            addRequired(required, root.exact);
            Comparator<Set<String>> rarest = Comparator.comparingInt(
                    words -> -words.stream().mapToInt(String::length).min().orElse(0));
            return new MatchStarts(root.first.sup, root.notAfter, root.first.nonAscii, root.boundary,
                    required.stream().distinct().sorted(rarest)
                            .map(words -> words.stream().sorted().map(Word::new).toArray(Word[]::new)).toList());
        } catch (Unread e) {
            return ANY;
        }
    }

    /**
     * Whether the pattern can match anywhere in a text: false only when the text lacks every word of a set that
     * each match holds one of ("ago" for "two days ago", a month name and a figure for "5 September 2016").
     */
    public boolean mayMatch(Words text) {
        for (Word[] words : required) {
            if (!text.containsAny(words)) {
                return false;
            }
        }
        return true;
    }

    /** A required word, with the pairs of ASCII characters it holds (null if it holds others). */
    private record Word(String text, int[] pairs) {
        Word(String text) {
            this(text, pairs(text));
        }

        private static int[] pairs(String text) {
            if (text.chars().anyMatch(c -> c >= 128)) {
                return null;
            }
            int[] pairs = new int[Math.max(text.length() - 1, 1)];
            for (int i = 0; i < pairs.length; i++) {
                pairs[i] = text.length() == 1 ? text.charAt(0) : Words.pair(text.charAt(i), text.charAt(i + 1));
            }
            return pairs;
        }
    }

    /**
     * A text folded to lower case once, for {@link #mayMatch} of many patterns; with the ASCII characters and the
     * pairs of ASCII characters it holds, so that most absent words are told by a few bit tests instead of a search
     * of the text.
     */
    public static final class Words {
        private final String folded;
        private final long[] chars = new long[2];
        private final long[] pairs = new long[128 * 128 / 64];

        public Words(CharSequence text) {
            StringBuilder folded = new StringBuilder(text.length());
            int previous = 128;
            for (int i = 0; i < text.length(); i++) {
                int c = fold(text.charAt(i));
                folded.append((char) c);
                if (c < 128) {
                    chars[c >> 6] |= 1L << c;
                    if (previous < 128) {
                        int pair = pair(previous, c);
                        pairs[pair >> 6] |= 1L << pair;
                    }
                }
                previous = c;
            }
            this.folded = folded.toString();
        }

        static int pair(int first, int second) {
            return first << 7 | second;
        }

        boolean containsAny(Word[] words) {
            for (Word word : words) {
                if (contains(word)) {
                    return true;
                }
            }
            return false;
        }

        private boolean contains(Word word) {
            int[] wordPairs = word.pairs();
            if (wordPairs == null) {
                return folded.contains(word.text());
            }
            if (word.text().length() == 1) {
                return has(chars, wordPairs[0]);
            }
            for (int pair : wordPairs) {
                if (!has(pairs, pair)) {
                    return false;
                }
            }
            return wordPairs.length == 1 || folded.contains(word.text());
        }
    }

    /** Whether a match can start at {@code i}: false only where it certainly cannot. */
    public boolean mayStartAt(CharSequence text, int i) {
        if (first == null) {
            return true;
        }
        char c = text.charAt(i);
        if (c >= 128) {
            return nonAsciiFirst;
        }
        if (!has(first, c)) {
            return false;
        }
        char before = i > 0 ? text.charAt(i - 1) : 0;
        if (i > 0 && before < 128 && notAfter != null && has(notAfter, before)) {
            return false;
        }
        if (boundary && (i == 0 ? !isWord(c) : before < 128 && isWord(before) == isWord(c))) {
            return false;
        }
        return true;
    }

    /**
     * The first match that starts at or after {@code from}, as {@code matcher.find(from)} finds it; the matcher is
     * left on it. {@code matcher} must be this pattern's matcher over {@code text}. To go on after a match, call
     * again from {@link #after(Matcher)}.
     */
    public boolean find(Matcher matcher, CharSequence text, int from) {
        if (first == null) {
            return matcher.find(from);
        }
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        // the pattern cannot match the empty string (else first is null), so no match starts at the end
        for (int i = from; i < length; i++) {
            if (mayStartAt(text, i)) {
                matcher.region(i, length);
                if (matcher.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where {@link Matcher#find()} would search next after the matcher's current match. */
    public static int after(Matcher matcher) {
        return matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
    }

    private static boolean has(long[] set, int c) {
        return (set[c >> 6] & (1L << c)) != 0;
    }

    /** {@code \b}'s word characters, which for ASCII are the same in every JDK's definition. */
    private static boolean isWord(char c) {
        return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A construct the analysis does not read. */
    private static final class Unread extends RuntimeException {
        Unread() {
            super(null, null, false, false);
        }
    }

    /**
     * Characters one element can match: {@code sup} holds every ASCII character it may match (a superset),
     * {@code sub} only ones it certainly matches (a subset, for negations and look-behinds).
     */
    private static final class Chars {
        final long[] sup = new long[2];
        final long[] sub = new long[2];
        boolean nonAscii;
        /** It may match a character above 127 other than the case mappings of its ASCII letters. */
        boolean beyondAscii;

        void add(int c, boolean caseless) {
            if (c >= 128) {
                nonAscii = beyondAscii = true;
                if (caseless && Character.isLetter(c)) {
                    addRange(sup, 'A', 'Z'); // a Unicode case mapping may lead to an ASCII letter (KELVIN SIGN)
                    addRange(sup, 'a', 'z');
                }
                return;
            }
            set(sup, c);
            set(sub, c);
            if (caseless && Character.isLetter(c)) {
                set(sup, c ^ 0x20);
                set(sub, c ^ 0x20);
                nonAscii = true; // 'k' and 's' match non-ASCII letters when case folding is Unicode
            }
        }

        void addRange(int from, int to, boolean caseless) {
            for (int c = from; c <= Math.min(to, 127); c++) {
                add(c, caseless);
            }
            if (to >= 128) {
                nonAscii = beyondAscii = true;
                if (caseless) {
                    addRange(sup, 'A', 'Z'); // a Unicode case mapping may lead to an ASCII letter (KELVIN SIGN)
                    addRange(sup, 'a', 'z');
                }
            }
        }

        /** An ASCII set known exactly, with whether it matches characters above 127. */
        void addExact(long lo, long hi, boolean matchesNonAscii) {
            sup[0] |= lo;
            sup[1] |= hi;
            sub[0] |= lo;
            sub[1] |= hi;
            nonAscii |= matchesNonAscii;
            beyondAscii |= matchesNonAscii;
        }

        void addAny() {
            sup[0] = sup[1] = -1L;
            nonAscii = beyondAscii = true;
        }

        void addAll(Chars other) {
            sup[0] |= other.sup[0];
            sup[1] |= other.sup[1];
            sub[0] |= other.sub[0];
            sub[1] |= other.sub[1];
            nonAscii |= other.nonAscii;
            beyondAscii |= other.beyondAscii;
        }

        Chars negated() {
            Chars negated = new Chars();
            negated.sup[0] = ~sub[0];
            negated.sup[1] = ~sub[1];
            negated.sub[0] = ~sup[0];
            negated.sub[1] = ~sup[1];
            negated.nonAscii = negated.beyondAscii = true;
            return negated;
        }

        private static void set(long[] set, int c) {
            set[c >> 6] |= 1L << c;
        }

        private static void addRange(long[] set, int from, int to) {
            for (int c = from; c <= to; c++) {
                set(set, c);
            }
        }
    }

    /**
     * Keeps a set of words that every match holds one of; a word that holds another of the set adds nothing
     * ("12" when "1" is there).
     */
    private static void addRequired(List<Set<String>> required, Set<String> words) {
        if (words == null || words.isEmpty() || words.contains("")) {
            return;
        }
        Set<String> minimal = new HashSet<>();
        for (String word : words) {
            if (words.stream().noneMatch(other -> !other.equals(word) && word.contains(other))) {
                minimal.add(word);
            }
        }
        required.add(Set.copyOf(minimal));
    }

    /** ASCII lower case; a character whose case mapping is an ASCII letter (KELVIN SIGN, dotless i) as that letter. */
    private static int fold(int c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
        int mapped = Character.toLowerCase(c);
        if (mapped >= 128) {
            mapped = Character.toUpperCase(c);
        }
        if (mapped >= 128) {
            mapped = Character.toLowerCase(Character.toUpperCase(c));
        }
        return mapped >= 128 ? c : mapped >= 'A' && mapped <= 'Z' ? mapped + 32 : mapped;
    }

    /** What the analysis knows of a part of a pattern. */
    private static final class Node {
        /** The characters its first consumed character can be. */
        final Chars first = new Chars();
        /** It can match the empty string. */
        boolean nullable;
        /** It never consumes a character (an assertion). */
        boolean zeroWidth;
        /** Every match of it starts where {@code \b} holds. */
        boolean boundary;
        /** Characters that may not precede its match, from a leading negative look-behind; null if none known. */
        long[] notAfter;
        /** A negative look-behind of one character class (its characters: what may not come before). */
        long[] negativeLookBehind;
        /** Every string it can match, folded to lower case, when they are few; null when not known. */
        Set<String> exact;
        /** Sets of words (folded) of which every match holds one, each set needed. */
        List<Set<String>> required = new ArrayList<>();
    }

    private static final long DIGITS = 0x03FF000000000000L;
    private static final long[] SPACE = {(1L << ' ') | (1L << '\t') | (1L << '\n') | (1L << 0x0B) | (1L << '\f') | (1L << '\r'), 0};
    private static final long[] LETTERS = {0, 0x07FFFFFE07FFFFFEL};
    private static final long[] WORD = {DIGITS, 0x07FFFFFE87FFFFFEL};

    /** A recursive-descent reader of the java.util.regex syntax the rules use. */
    private static final class Parser {
        final String regex;
        int pos;
        int flags;

        Parser(String regex, int flags) {
            this.regex = regex;
            this.flags = flags;
        }

        boolean caseless() {
            return (flags & Pattern.CASE_INSENSITIVE) != 0;
        }

        Node alternation() {
            Node result = sequence();
            if (pos >= regex.length() || regex.charAt(pos) != '|') {
                return result;
            }
            // every match holds a word of the union of each alternative's rarest word set
            Set<String> words = strongest(result);
            while (pos < regex.length() && regex.charAt(pos) == '|') {
                pos++;
                Node next = sequence();
                result.first.addAll(next.first);
                result.nullable |= next.nullable;
                result.zeroWidth &= next.zeroWidth;
                result.boundary &= next.boundary;
                result.notAfter = intersection(result.notAfter, next.notAfter);
                words = union(words, strongest(next));
                result.exact = union(result.exact, next.exact);
            }
            result.required = new ArrayList<>();
            addRequired(result.required, words);
            return result;
        }

        Node sequence() {
            Node result = new Node();
            result.nullable = true;
            result.zeroWidth = true;
            boolean atStart = true; // no element that consumes has been passed yet
            boolean boundaryKnown = false;
            boolean lookBehindKnown = false;
            // the strings the run of elements of known strings since the last unknown one can match
            Set<String> run = Set.of("");
            boolean allKnown = true;
            while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
                Node element = quantified();
                if (element == null) {
                    continue; // an inline flag group such as (?i)
                }
                result.required.addAll(element.required);
                Set<String> joined = element.exact == null ? null : concatenation(run, element.exact);
                if (joined != null) {
                    run = joined;
                } else {
                    // an element of unknown strings, or too many strings to join: the run so far is one requirement
                    addRequired(result.required, run);
                    run = element.exact == null ? Set.of("") : element.exact;
                    allKnown = false;
                }
                if (atStart) {
                    result.first.addAll(element.first);
                    if (!boundaryKnown) {
                        if (element.boundary && (!element.nullable || element.zeroWidth)) {
                            result.boundary = boundaryKnown = true;
                        } else if (!element.zeroWidth) {
                            boundaryKnown = true;
                        }
                    }
                    if (!lookBehindKnown) {
                        if (element.negativeLookBehind != null) {
                            result.notAfter = element.negativeLookBehind;
                            lookBehindKnown = true;
                        } else if (!element.zeroWidth) {
                            result.notAfter = element.nullable ? null : element.notAfter;
                            lookBehindKnown = true;
                        }
                    }
                    if (!element.nullable) {
                        atStart = false;
                    }
                }
                result.nullable &= element.nullable;
                result.zeroWidth &= element.zeroWidth;
            }
            if (allKnown) {
                result.exact = run;
            } else {
                addRequired(result.required, run);
            }
            return result;
        }

        Node quantified() {
            Node atom = atom();
            if (atom == null || pos >= regex.length()) {
                return atom;
            }
            char c = regex.charAt(pos);
            int min;
            boolean once = false; // at most once
            if (c == '?' || c == '*') {
                min = 0;
                once = c == '?';
                pos++;
            } else if (c == '+') {
                min = 1;
                pos++;
            } else if (c == '{') {
                int close = regex.indexOf('}', pos);
                if (close < 0) {
                    throw new Unread();
                }
                String bounds = regex.substring(pos + 1, close);
                String low = bounds.contains(",") ? bounds.substring(0, bounds.indexOf(',')) : bounds;
                try {
                    min = Integer.parseInt(low.strip());
                    once = bounds.strip().equals("0,1") || bounds.strip().equals("1") || bounds.strip().equals("1,1");
                } catch (NumberFormatException e) {
                    throw new Unread();
                }
                pos = close + 1;
            } else {
                return atom;
            }
            if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
                pos++; // lazy or possessive: the same characters may start it
            }
            if (min == 0) {
                atom.nullable = true;
                atom.boundary &= atom.zeroWidth;
                atom.negativeLookBehind = null;
                atom.notAfter = null;
                atom.exact = once ? union(atom.exact, Set.of("")) : null;
                atom.required = new ArrayList<>();
            } else if (!(once && min == 1)) {
                addRequired(atom.required, atom.exact); // repeated: each match holds one of its strings at least
                atom.exact = null;
            }
            return atom;
        }

        /** One atom; null for an inline flag group, which changes the flags of the rest of its group. */
        Node atom() {
            char c = regex.charAt(pos);
            switch (c) {
                case '(':
                    return group();
                case '[': {
                    Node node = new Node();
                    node.first.addAll(charClass());
                    node.exact = strings(node.first);
                    return node;
                }
                case '.': {
                    pos++;
                    Node node = new Node();
                    node.first.addAny();
                    return node;
                }
                case '^':
                case '$': {
                    pos++;
                    return assertion(false);
                }
                case '\\':
                    return escape();
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new Unread();
                default: {
                    int codePoint = regex.codePointAt(pos);
                    pos += Character.charCount(codePoint);
                    Node node = new Node();
                    node.first.add(codePoint, caseless());
                    node.exact = folded(Character.toString(codePoint));
                    return node;
                }
            }
        }

        static Node assertion(boolean boundary) {
            Node node = new Node();
            node.nullable = true;
            node.zeroWidth = true;
            node.boundary = boundary;
            node.exact = Set.of("");
            return node;
        }

        Node group() {
            pos++; // (
            int saved = flags;
            Node result;
            boolean lookBehind = false;
            boolean negative = false;
            boolean assertion = false;
            if (regex.startsWith("?", pos)) {
                pos++;
                if (regex.startsWith(":", pos) || regex.startsWith(">", pos)) {
                    pos++;
                } else if (regex.startsWith("=", pos) || regex.startsWith("!", pos)) {
                    assertion = true;
                    pos++;
                } else if (regex.startsWith("<=", pos) || regex.startsWith("<!", pos)) {
                    assertion = lookBehind = true;
                    negative = regex.charAt(pos + 1) == '!';
                    pos += 2;
                } else if (regex.startsWith("<", pos)) {
                    int close = regex.indexOf('>', pos);
                    if (close < 0) {
                        throw new Unread();
                    }
                    pos = close + 1;
                } else {
                    boolean on = true;
                    while (pos < regex.length() && regex.charAt(pos) != ':' && regex.charAt(pos) != ')') {
                        char flag = regex.charAt(pos++);
                        int bit = switch (flag) {
                            case 'i' -> Pattern.CASE_INSENSITIVE;
                            case 'u' -> Pattern.UNICODE_CASE;
                            case 'm' -> Pattern.MULTILINE;
                            case 's' -> Pattern.DOTALL;
                            case 'd' -> Pattern.UNIX_LINES;
                            case '-' -> 0;
                            default -> throw new Unread(); // x (comments), U (Unicode classes)
                        };
                        if (flag == '-') {
                            on = false;
                        } else {
                            flags = on ? flags | bit : flags & ~bit;
                        }
                    }
                    if (pos >= regex.length()) {
                        throw new Unread();
                    }
                    if (regex.charAt(pos) == ')') {
                        pos++;
                        return null; // (?i): the flags hold to the end of the enclosing group
                    }
                    pos++; // (?i: ... )
                }
            }
            int innerStart = pos;
            result = alternation();
            if (pos >= regex.length() || regex.charAt(pos) != ')') {
                throw new Unread();
            }
            pos++;
            flags = saved;
            if (!assertion) {
                return result;
            }
            Node node = assertion(false);
            if (lookBehind && negative) {
                node.negativeLookBehind = oneClass(innerStart, pos - 1, saved);
            }
            return node;
        }

        /** The characters of a look-behind that is one character class or character, certainly; else null. */
        long[] oneClass(int from, int to, int outerFlags) {
            Parser inner = new Parser(regex.substring(from, to), outerFlags);
            try {
                Chars chars;
                if (inner.regex.startsWith("[")) {
                    chars = inner.charClass();
                } else {
                    Node atom = inner.atom();
                    if (atom == null || atom.zeroWidth) {
                        return null;
                    }
                    chars = atom.first;
                }
                return inner.pos == inner.regex.length() ? chars.sub.clone() : null;
            } catch (Unread | IndexOutOfBoundsException e) {
                return null;
            }
        }

        Node escape() {
            pos++; // backslash
            if (pos >= regex.length()) {
                throw new Unread();
            }
            char c = regex.charAt(pos++);
            switch (c) {
                case 'Q': {
                    // quoted text (Pattern.quote): its first character, if it has one, starts it
                    int end = regex.indexOf("\\E", pos);
                    String quoted = regex.substring(pos, end < 0 ? regex.length() : end);
                    pos = end < 0 ? regex.length() : end + 2;
                    if (quoted.isEmpty()) {
                        return assertion(false);
                    }
                    Node node = new Node();
                    node.first.add(quoted.codePointAt(0), caseless());
                    node.exact = folded(quoted);
                    return node;
                }
                case 'b':
                    if (regex.startsWith("{", pos)) {
                        throw new Unread(); // \b{g}
                    }
                    return assertion(true);
                case 'B':
                case 'A':
                case 'z':
                case 'Z':
                case 'G':
                    return assertion(false);
                default: {
                    Node node = new Node();
                    pos--;
                    node.first.addAll(classEscape());
                    node.exact = strings(node.first);
                    return node;
                }
            }
        }

        /** An escape that stands for characters (after the backslash), inside or outside a class. */
        Chars classEscape() {
            char c = regex.charAt(pos++);
            Chars chars = new Chars();
            switch (c) {
                case 'd' -> chars.addExact(DIGITS, 0, false);
                case 'D' -> chars.addExact(~DIGITS, -1L, true);
                case 's' -> chars.addExact(SPACE[0], SPACE[1], false);
                case 'S' -> chars.addExact(~SPACE[0], ~SPACE[1], true);
                case 'w' -> chars.addExact(WORD[0], WORD[1], false);
                case 'W' -> chars.addExact(~WORD[0], ~WORD[1], true);
                case 'p', 'P' -> {
                    String name;
                    if (regex.startsWith("{", pos)) {
                        int close = regex.indexOf('}', pos);
                        if (close < 0) {
                            throw new Unread();
                        }
                        name = regex.substring(pos + 1, close);
                        pos = close + 1;
                    } else {
                        name = regex.substring(pos, pos + 1);
                        pos++;
                    }
                    Chars property = new Chars();
                    switch (name) {
                        case "L", "IsL", "IsLetter" -> property.addExact(LETTERS[0], LETTERS[1], true);
                        case "N", "IsN" -> property.addExact(DIGITS, 0, true);
                        default -> property.addAny();
                    }
                    if (c == 'P') {
                        property = property.negated();
                    }
                    chars.addAll(property);
                }
                case 't' -> chars.add('\t', false);
                case 'n' -> chars.add('\n', false);
                case 'r' -> chars.add('\r', false);
                case 'f' -> chars.add('\f', false);
                case 'a' -> chars.add(7, false);
                case 'e' -> chars.add(27, false);
                default -> {
                    if (Character.isLetterOrDigit(c)) {
                        throw new Unread(); // hexadecimal, octal and Unicode escapes, back-references, quoting, \R, \h, \k...
                    }
                    chars.add(c, caseless()); // an escaped metacharacter stands for itself
                }
            }
            return chars;
        }

        /** A bracketed class, from its '['; nested classes and intersections are not read. */
        Chars charClass() {
            pos++; // [
            boolean negated = regex.startsWith("^", pos);
            if (negated) {
                pos++;
            }
            Chars chars = new Chars();
            boolean firstItem = true;
            while (true) {
                if (pos >= regex.length()) {
                    throw new Unread();
                }
                char c = regex.charAt(pos);
                if (c == ']' && !firstItem) {
                    pos++;
                    break;
                }
                if (c == '[' || c == ']' || regex.startsWith("&&", pos)) {
                    throw new Unread();
                }
                firstItem = false;
                int single;
                if (c == '\\') {
                    pos++;
                    char escaped = regex.charAt(pos);
                    if ("dDsSwWpP".indexOf(escaped) >= 0) {
                        chars.addAll(classEscape());
                        if (regex.startsWith("-", pos) && !regex.startsWith("-]", pos)) {
                            throw new Unread();
                        }
                        continue;
                    }
                    single = escapedChar();
                } else {
                    single = regex.codePointAt(pos);
                    pos += Character.charCount(single);
                }
                if (regex.startsWith("-", pos) && !regex.startsWith("-]", pos)) {
                    pos++;
                    int end;
                    if (regex.charAt(pos) == '\\') {
                        pos++;
                        end = escapedChar();
                    } else if (regex.charAt(pos) == '[') {
                        throw new Unread();
                    } else {
                        end = regex.codePointAt(pos);
                        pos += Character.charCount(end);
                    }
                    if (end < single) {
                        throw new Unread();
                    }
                    chars.addRange(single, end, caseless());
                } else {
                    chars.add(single, caseless());
                }
            }
            return negated ? chars.negated() : chars;
        }

        /** The one character an escape inside a class stands for (after the backslash). */
        private int escapedChar() {
            char c = regex.charAt(pos++);
            return switch (c) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 'f' -> '\f';
                case 'a' -> 7;
                case 'e' -> 27;
                default -> {
                    if (Character.isLetterOrDigit(c)) {
                        throw new Unread(); // hexadecimal, octal and Unicode escapes, quoting
                    }
                    yield c; // an escaped metacharacter stands for itself
                }
            };
        }

        /** The strings of one character of a class or escape, when they are few and all ASCII. */
        private static Set<String> strings(Chars chars) {
            if (chars.beyondAscii || Long.bitCount(chars.sup[0]) + Long.bitCount(chars.sup[1]) > MAX_CLASS_STRINGS) {
                return null;
            }
            Set<String> strings = new HashSet<>();
            for (int c = 0; c < 128; c++) {
                if (has(chars.sup, c)) {
                    strings.add(String.valueOf((char) fold(c)));
                }
            }
            return Set.copyOf(strings);
        }

        /** A literal folded to lower case; null if it has a non-ASCII character with case, which the fold cannot tell. */
        private static Set<String> folded(String literal) {
            StringBuilder folded = new StringBuilder(literal.length());
            for (int i = 0; i < literal.length(); i++) {
                char c = literal.charAt(i);
                if (c >= 128 && (Character.toLowerCase(c) != c || Character.toUpperCase(c) != c)) {
                    return null;
                }
                folded.append((char) fold(c));
            }
            return Set.of(folded.toString());
        }

        private static Set<String> concatenation(Set<String> a, Set<String> b) {
            if ((long) a.size() * b.size() > MAX_STRINGS) {
                return null;
            }
            // most steps add one literal character to one string: no set to build (the analysis runs at start-up)
            if (a.size() == 1 && b.size() == 1) {
                String joined = a.iterator().next() + b.iterator().next();
                return joined.length() > MAX_STRING_LENGTH ? null : Set.of(joined);
            }
            Set<String> joined = new HashSet<>();
            for (String x : a) {
                for (String y : b) {
                    if (x.length() + y.length() > MAX_STRING_LENGTH) {
                        return null;
                    }
                    joined.add(x + y);
                }
            }
            return joined;
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            if (a == null || b == null || a.size() + b.size() > MAX_STRINGS) {
                return null;
            }
            Set<String> union = new HashSet<>(a);
            union.addAll(b);
            return union;
        }

        /** Of the word sets every match of a node holds one of, the rarest: longest shortest word, then fewest words. */
        private static Set<String> strongest(Node node) {
            List<Set<String>> candidates = new ArrayList<>(node.required);
            addRequired(candidates, node.exact);
            Comparator<Set<String>> rarity = Comparator.comparingInt(
                    (Set<String> words) -> words.stream().mapToInt(String::length).min().orElse(0))
                    .thenComparing(Comparator.comparingInt((Set<String> words) -> words.size()).reversed());
            return candidates.stream().max(rarity).orElse(null);
        }

        private static long[] intersection(long[] a, long[] b) {
            if (a == null || b == null) {
                return null;
            }
            return new long[] {a[0] & b[0], a[1] & b[1]};
        }
    }
}
