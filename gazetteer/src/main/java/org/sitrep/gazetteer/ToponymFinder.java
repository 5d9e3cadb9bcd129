package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds place names in running English news text and looks them up in a {@link Gazetteer}.
 *
 * <p>A name is the longest run of up to {@link Gazetteer#maxNameTokens()} tokens that the gazetteer
 * knows, starting and ending with a capitalised (or Arabic-script) token; short lower-case particles
 * may sit inside ("Deir ez-Zor", "Bosnia and Herzegovina"). Hyphen compounds are split, so
 * "YPG-controlled Hasakah" yields "Hasakah", and a possessive ends a name ("Idlib's countryside").
 * A following or preceding division word ("Idlib province", "the province of Idlib", "Idlib
 * countryside") puts the administrative areas first among the candidates. Not names: single tokens
 * listed in {@code stopnames.txt} (common words, months, weekdays, person names that are also
 * places), spans made only of such words ("In May"), names after a personal title ("President
 * Assad", "General Said") and names that start with a given name of {@code first-names.txt} ("Michael
 * Jones", "Carolina Panthers") unless the whole run is a place ("Tal Abyad"). A single word at a sentence
 * start, capitalised whatever it is, counts only when it matches by strict key a notable place (country,
 * admin area, seat, or 1,000+ people). A word of {@code common-words.txt} (English words that some place
 * is named after: "Street", "Tornado", "Commerce") counts alone, at a sentence start or inside a run of
 * capitalised words ("Commerce Department") only when it names a prominent place ("Buffalo", "Homs"). A word of
 * {@code approximate-words.txt} (English words that match some place only by loose key or fuzzily: "Association",
 * "Weather") is never a place alone: the fuzzy step is for misspelt town names, not for English words.
 *
 * <p>Thread-safe: holds only immutable state.
 */
public final class ToponymFinder {

    /**
     * A place name found in a text, with its candidate places best-first.
     *
     * @param approximate the name matched only by loose key or fuzzily (a variant spelling or a typo):
     *                    weaker evidence than an exact name, to be trusted where context supports it
     */
    public record Toponym(int start, int end, String surface, List<Place> candidates, boolean approximate) {
        public Toponym {
            Objects.requireNonNull(surface, "surface");
            // a gazetteer's lists are unmodifiable already, and make their records when read: copying would make them all
            candidates = candidates instanceof RankedPlaces ? candidates : List.copyOf(candidates);
        }
    }

    static final String STOPNAMES_RESOURCE = "stopnames.txt";
    static final String COMMON_WORDS_RESOURCE = "common-words.txt";
    static final String FIRST_NAMES_RESOURCE = "first-names.txt";
    static final String APPROXIMATE_WORDS_RESOURCE = "approximate-words.txt";

    /** Words that make the name before or after them an administrative area. */
    private enum Division {
        ADMIN1(Place::isAdmin1), ADMIN2(Place::isAdmin2), ANY_ADMIN(p -> p.isAdmin1() || p.isAdmin2());

        final Predicate<Place> preferred;

        Division(Predicate<Place> preferred) {
            this.preferred = preferred;
        }
    }

    private static final Division[] DIVISIONS = Division.values();

    private static final Map<String, Division> DIVISION_WORDS = Map.ofEntries(
            Map.entry("province", Division.ADMIN1), Map.entry("provinces", Division.ADMIN1),
            Map.entry("governorate", Division.ADMIN1), Map.entry("governorates", Division.ADMIN1),
            Map.entry("state", Division.ADMIN1), Map.entry("region", Division.ADMIN1),
            Map.entry("oblast", Division.ADMIN1), Map.entry("wilayah", Division.ADMIN1),
            Map.entry("district", Division.ADMIN2), Map.entry("districts", Division.ADMIN2),
            Map.entry("county", Division.ADMIN2),
            Map.entry("countryside", Division.ANY_ADMIN), Map.entry("countrysides", Division.ANY_ADMIN));

    /** Words that make the capitalised words after them a person's name. */
    private static final Set<String> TITLES = Set.of(
            "president", "mr", "mrs", "ms", "miss", "dr", "general", "gen", "minister", "king", "queen", "prince",
            "princess", "sheikh", "shaikh", "sheik", "colonel", "col", "captain", "capt", "lieutenant", "lt",
            "sergeant", "sgt", "major", "maj", "brigadier", "commander", "admiral", "marshal", "senator", "sen",
            "governor", "gov", "mayor", "judge", "imam", "ayatollah", "mullah", "mufti", "emir", "sultan",
            "professor", "prof", "sir", "lord", "lady", "pope", "ambassador", "envoy", "spokesman",
            "spokeswoman", "secretary", "chancellor", "premier", "rep", "representative", "father", "rev",
            "reverend", "bishop", "patriarch", "cardinal");

    /** Lower-case tokens allowed inside a multi-token name: articles and particles, never long words. */
    private static final int MAX_INNER_LOWERCASE_LENGTH = 4;
    /** Lower-case words inside a person's name. */
    private static final Set<String> PERSON_NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "abu", "de",
            "van", "von", "da", "di", "le", "la");
    private static final int LONGEST_PARTICLE = 4;
    private static final long MIN_NOTABLE_POPULATION = 1000;
    private static final long ACRONYM_PLACE_POPULATION = 100_000;
    /** An English contraction of a pronoun and a verb, which the gazetteer's folding reads as a name ("I'm" = Imi). */
    private static final java.util.regex.Pattern CONTRACTION = java.util.regex.Pattern.compile(
            "(?i)(?:i|you|we|they|he|she|it|that|there|who|what|let)['’](?:m|ve|re|ll|d|s)");
    /** A city this large is meant even when its name is an English word ("Mobile", "Reading", "Buffalo"). */
    private static final long MIN_PROMINENT_POPULATION = 100_000;
    /** Fuzzy matching is for misspelt town names, not for long phrases. */
    private static final int MAX_FUZZY_TOKENS = 3;

    private final Gazetteer gazetteer;
    /** What each word of the word lists is ({@link WordClasses}): one probe a token answers all the finder's questions. */
    private final WordClasses wordClasses;
    /**
     * The words of {@code approximate-words.txt}, sorted: asked only of a token that matched approximately (rare), so kept
     * out of {@link #wordClasses}, whose probes every token pays for, and loaded as one array (77,000 words).
     */
    private final String[] approximateWords;

    public ToponymFinder(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        Map<String, Integer> classes = new HashMap<>();
        WordLists.read(STOPNAMES_RESOURCE).forEach(word -> classes.merge(word, WordClasses.STOPNAME, (a, b) -> a | b));
        WordLists.read(COMMON_WORDS_RESOURCE).forEach(word -> classes.merge(word, WordClasses.COMMON_WORD, (a, b) -> a | b));
        WordLists.read(FIRST_NAMES_RESOURCE).forEach(word -> classes.merge(word, WordClasses.FIRST_NAME, (a, b) -> a | b));
        TITLES.forEach(word -> classes.merge(word, WordClasses.TITLE, (a, b) -> a | b));
        DIVISION_WORDS.forEach((word, division) ->
                classes.merge(word, WordClasses.DIVISION << division.ordinal(), (a, b) -> a | b));
        classes.merge("of", WordClasses.OF, (a, b) -> a | b);
        this.wordClasses = new WordClasses(classes);
        this.approximateWords = WordLists.read(APPROXIMATE_WORDS_RESOURCE).stream().sorted().toArray(String[]::new);
    }

    /** The gazetteer the names are looked up in. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The place names of the text, in text order, none overlapping. */
    public List<Toponym> find(String text) {
        return new Reading(text).find();
    }

    private record Match(int lastToken, List<Place> candidates, boolean approximate) {
    }

    /**
     * One call of {@link #find}: the text's tokens as columns of arrays, what the finder works out about a token at
     * most once (its word-list classes, its key), and the buffers a span's key is built in. Recognition asks of most
     * capitalised words a dozen questions about them and their neighbours, and tries several spans from each: as
     * strings (a token, its lower case, each span's surface, folded anew) that made a hundred thousand objects a
     * megabyte of text and was most of the time.
     */
    final class Reading {
        private final String text;
        private int count;
        private int[] starts;
        private int[] ends;
        private boolean[] canBeginName;
        /** Whether the token is all ASCII: its key is then its own (see {@link #spanKey}) and its lower case plain. */
        private boolean[] ascii;
        /** {@link WordClasses} of the token's lower case; -1 until asked. */
        private int[] classes;
        /**
         * {@link NameFolder#key} of an ASCII token, made when first asked: {@code tokenKeys[keyStarts[t] ..
         * keyEnds[t])}, {@code keyEnds[t]} 0 until then; and whether it is an article.
         */
        private char[] tokenKeys = new char[256];
        private int tokenKeysLength;
        private int[] keyStarts;
        private int[] keyEnds;
        private boolean[] articles;
        private char[] word = new char[32];
        /** The key of the span being looked up, and its loose key. */
        private char[] key = new char[64];
        private char[] scratch = new char[64];
        private int keyLength;
        private int keyHash;
        /** What the strict and loose steps found for the spans from the current first token, by their last token. */
        private Gazetteer.Lookup[] exactBySpanEnd = new Gazetteer.Lookup[16];

        Reading(String text) {
            this.text = text;
            int capacity = text.length() / 5 + 16;
            starts = new int[capacity];
            ends = new int[capacity];
            canBeginName = new boolean[capacity];
            ascii = new boolean[capacity];
            tokenize();
            classes = new int[count];
            Arrays.fill(classes, -1);
            keyStarts = new int[count];
            keyEnds = new int[count];
            articles = new boolean[count];
        }

        List<Toponym> find() {
            List<Toponym> found = new ArrayList<>();
            int i = 0;
            while (i < count) {
                if (!canBeginName[i]) {
                    i++;
                    continue;
                }
                if (followsTitle(i)) {
                    i = endOfCapitalisedRun(i);
                    continue;
                }
                Match match = longestMatch(i);
                if (startsPersonName(i) && (match == null || match.lastToken() == i)) {
                    i = endOfCapitalisedRun(i);
                    continue;
                }
                if (match == null) {
                    i++;
                    continue;
                }
                Division division = divisionAround(i, match.lastToken());
                List<Place> candidates = division == null ? match.candidates()
                        : preferring(match.candidates(), division.preferred);
                int start = starts[i];
                int end = ends[match.lastToken()];
                found.add(new Toponym(start, end, text.substring(start, end), candidates, match.approximate()));
                i = match.lastToken() + 1;
            }
            return List.copyOf(found);
        }

        /** Longest span from token {@code first} that matches by strict or loose key; failing that, fuzzily. */
        private Match longestMatch(int first) {
            int last = first;
            while (last + 1 < count && last + 1 - first < gazetteer.maxNameTokens() && joinable(last, last + 1)) {
                last++;
            }
            if (exactBySpanEnd.length <= last - first) {
                exactBySpanEnd = new Gazetteer.Lookup[last - first + 1];
            }
            for (boolean fuzzy : new boolean[] {false, true}) {
                for (int end = last; end >= first; end--) {
                    if (!isCandidateSpan(first, end) || (fuzzy && end - first + 1 > MAX_FUZZY_TOKENS)) {
                        continue;
                    }
                    boolean plain = allAscii(first, end);
                    if (end > first && is(first, WordClasses.STOPNAME) && keyWithoutFirstIsSame(first, end, plain)) {
                        // "As Syria" folds like "Syria": the English word is not the Arabic article
                        continue;
                    }
                    if (allStopnames(first, end)) {
                        continue; // "In May"
                    }
                    if (fuzzy && end == first && isSentenceInitial(first) && divisionAround(first, end) == null) {
                        // alone at a sentence start a word is doubtful unless it matched a notable place strictly,
                        // which the first pass would have taken: whatever the fuzzy step finds, a search for nothing
                        continue;
                    }
                    Gazetteer.Lookup lookup = lookup(first, end, fuzzy, plain);
                    if (lookup.places().isEmpty()) {
                        continue;
                    }
                    if (end == first && lookup.kind() != Gazetteer.MatchKind.STRICT && isApproximateWord(first)) {
                        // "Association", "Weather": an English word near some place's name is the word, not a misspelt place
                        continue;
                    }
                    if (CONTRACTION.matcher(text.substring(starts[first], ends[end])).matches()) {
                        // "I'm", "I've", "we'll": a pronoun and its verb, not the village of Imi or Ive
                        continue;
                    }
                    if (end == first && isAcronym(first)
                            && (lookup.kind() != Gazetteer.MatchKind.STRICT || !isWellKnown(lookup.places().get(0)))) {
                        // "HIV", "FAO": an acronym names an organisation or a disease, not a town that shares its
                        // letters ("Khiv", 2,401 people); one that reads a country, a province or a city ("LA") is kept
                        continue;
                    }
                    // "Henry County deputies...": a division word after the name says it is a place
                    boolean sentenceInitial = isSentenceInitial(first) && divisionAround(first, end) == null;
                    boolean doubtful = end == first && sentenceInitial
                            && (lookup.kind() != Gazetteer.MatchKind.STRICT || !isNotable(lookup.places().get(0)));
                    if (end == first && is(first, WordClasses.COMMON_WORD)
                            && (sentenceInitial || inCapitalisedRun(first))
                            && !isProminent(lookup.places().get(0))) {
                        doubtful = true;
                    }
                    if (!doubtful) {
                        return new Match(end, lookup.places(), lookup.kind() != Gazetteer.MatchKind.STRICT);
                    }
                }
            }
            return null;
        }

        /**
         * {@link Gazetteer#lookup} of the span's surface. A span of ASCII tokens has for key the keys of its tokens
         * ({@link #spanKey}), looked up without a string; in the fuzzy pass, a span whose strict and loose steps
         * found places in the first pass gets them again (and was doubtful then, as it is now), one whose steps
         * found none goes to the fuzzy step directly.
         */
        private Gazetteer.Lookup lookup(int first, int end, boolean fuzzy, boolean plain) {
            if (!plain) {
                return gazetteer.lookup(text.substring(starts[first], ends[end]), fuzzy);
            }
            if (!fuzzy) {
                spanKey(first, end);
                Gazetteer.Lookup exact = gazetteer.exactLookup(key, keyLength, keyHash, scratch);
                exactBySpanEnd[end - first] = exact;
                return exact;
            }
            Gazetteer.Lookup exact = exactBySpanEnd[end - first];
            if (exact != Gazetteer.Lookup.NONE) {
                return exact;
            }
            spanKey(first, end);
            if (NameFolder.fuzzyBound(keyLength) == 0) {
                return Gazetteer.Lookup.NONE; // a key this short has no fuzzy matches: no string, no memo
            }
            return gazetteer.fuzzyLookup(spanKeyString());
        }

        /**
         * Builds the strict key of the span of ASCII tokens {@code first .. end} in {@link #key}, with its hash: the
         * keys of its tokens one after the other, an article's left out but for the last token's. {@link NameFolder#key}
         * of the surface comes to the same: in ASCII each token is one of its words (the gaps inside a span, a space
         * or a hyphen, separate words; an apostrophe inside a token is dropped), each word folds on its own, and an
         * article is dropped when a word follows it.
         */
        void spanKey(int first, int end) {
            int length = 0;
            int hash = 0;
            for (int t = first; t <= end; t++) {
                foldToken(t);
                if (t < end && articles[t]) {
                    continue;
                }
                int from = keyStarts[t];
                int to = keyEnds[t];
                if (length + to - from > key.length) {
                    key = Arrays.copyOf(key, 2 * (length + to - from));
                    scratch = new char[key.length];
                }
                for (int c = from; c < to; c++) {
                    char ch = tokenKeys[c];
                    key[length++] = ch;
                    hash = 31 * hash + ch;
                }
            }
            keyLength = length;
            keyHash = hash;
        }

        /** The key {@link #spanKey} built last, as a string. */
        String spanKeyString() {
            return new String(key, 0, keyLength);
        }

        /** Makes the key of an ASCII token and says whether it is an article ({@link NameFolder#foldAsciiWord}). */
        private void foldToken(int t) {
            if (keyEnds[t] != 0) {
                return; // a key is never empty
            }
            int length = ends[t] - starts[t];
            if (tokenKeysLength + length > tokenKeys.length) {
                tokenKeys = Arrays.copyOf(tokenKeys, 2 * (tokenKeysLength + length));
            }
            if (word.length < length) {
                word = new char[length];
            }
            keyStarts[t] = tokenKeysLength;
            tokenKeysLength = NameFolder.foldAsciiWord(text, starts[t], ends[t], word, tokenKeys, tokenKeysLength);
            keyEnds[t] = tokenKeysLength;
            articles[t] = NameFolder.isArticle(text, starts[t], ends[t]);
        }

        /**
         * Whether the span's key is that of the span without its first token: so when the first token is an article
         * (its key is left out before another word; the other keys are never empty).
         */
        private boolean keyWithoutFirstIsSame(int first, int end, boolean plain) {
            if (plain) {
                foldToken(first);
                return articles[first];
            }
            return gazetteer.key(text.substring(starts[first], ends[end]))
                    .equals(gazetteer.key(text.substring(starts[first + 1], ends[end])));
        }

        private boolean allAscii(int first, int last) {
            for (int k = first; k <= last; k++) {
                if (!ascii[k]) {
                    return false;
                }
            }
            return true;
        }

        private boolean allStopnames(int first, int last) {
            for (int k = first; k <= last; k++) {
                if (!is(k, WordClasses.STOPNAME)) {
                    return false;
                }
            }
            return true;
        }

        private boolean isCandidateSpan(int first, int last) {
            if (!canBeginName[last] || division(last) != null) {
                return false;
            }
            if (first == last) {
                return !is(last, WordClasses.STOPNAME) && !is(last, WordClasses.TITLE);
            }
            for (int k = first + 1; k < last; k++) {
                if (!canBeginName[k] && ends[k] - starts[k] > MAX_INNER_LOWERCASE_LENGTH) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The division word that qualifies the name: right after it ("Idlib province", "Idlib's
         * countryside") or before it as "the province of Idlib".
         */
        private Division divisionAround(int first, int last) {
            if (last + 1 < count && (isBlank(ends[last], starts[last + 1]) || isPossessive(ends[last], starts[last + 1]))) {
                Division after = division(last + 1);
                if (after != null) {
                    return after;
                }
            }
            if (first >= 2 && is(first - 1, WordClasses.OF)) {
                return division(first - 2);
            }
            return null;
        }

        private boolean followsTitle(int i) {
            if (i == 0) {
                return false;
            }
            int from = ends[i - 1];
            int gap = starts[i] - from;
            boolean titleGap = (gap == 1 && text.charAt(from) == ' ')
                    || (gap == 2 && text.charAt(from) == '.' && text.charAt(from + 1) == ' ');
            return titleGap && is(i - 1, WordClasses.TITLE);
        }

        /**
         * The index after a person's name that starts at token {@code i}: its capitalised tokens and the
         * particles between them ("Abu Mohammad al-Julani").
         */
        private int endOfCapitalisedRun(int i) {
            int k = i;
            while (k + 1 < count && joinable(k, k + 1) && (canBeginName[k + 1] || isParticle(k + 1))) {
                k++;
            }
            return k + 1;
        }

        private boolean isParticle(int t) {
            return ends[t] - starts[t] <= LONGEST_PARTICLE && PERSON_NAME_PARTICLES.contains(text.substring(starts[t], ends[t]));
        }

        /**
         * A given name followed by another capitalised word: "Michael Jones", "Carolina Panthers". Not when
         * either word alone names a prominent place ("Georgia Smith" is rarer than "Georgia Tech", "West Africa")
         * or the second is a division word ("Anderson County").
         */
        private boolean startsPersonName(int i) {
            if (i + 1 >= count || !is(i, WordClasses.FIRST_NAME)) {
                return false;
            }
            int next = i + 1;
            return joinable(i, next) && canBeginName[next] && division(next) == null
                    && !namesProminentPlace(i) && !namesProminentPlace(next);
        }

        /** A prominent place called so by its own name, not by one of its many alternate names ("Michael"). */
        private boolean namesProminentPlace(int t) {
            String token = text.substring(starts[t], ends[t]);
            List<Place> places = gazetteer.lookup(token, false).places();
            return !places.isEmpty() && isProminent(places.get(0))
                    && NameFolder.key(places.get(0).name()).equals(NameFolder.key(token));
        }

        /**
         * A capitalised word next to the token, joined to it as words of one name are; a division word
         * ("Laurel County") does not make a run, it says the name is a place.
         */
        private boolean inCapitalisedRun(int i) {
            return (i > 0 && canBeginName[i - 1] && joinable(i - 1, i))
                    || (i + 1 < count && canBeginName[i + 1] && division(i + 1) == null && joinable(i, i + 1));
        }

        /** First word of the text or of a sentence: capitalised there whatever it is. */
        private boolean isSentenceInitial(int i) {
            if (i == 0) {
                return true;
            }
            for (int k = ends[i - 1]; k < starts[i]; k++) {
                char c = text.charAt(k);
                if (c == '.' || c == '!' || c == '?' || c == '\n') {
                    return true;
                }
            }
            return false;
        }

        /**
         * Two tokens can be in one name when only a space or one hyphen separates them. The gaps are read in place,
         * never copied out: the finder asks this of nearly every pair of capitalised words.
         */
        private boolean joinable(int left, int right) {
            if (starts[right] - ends[left] != 1) {
                return false;
            }
            char gap = text.charAt(ends[left]);
            return gap == ' ' || gap == '-' || gap == '\u2010' || gap == '\u2011';
        }

        /** Whether the text between two tokens is white space only (or nothing), as {@link String#isBlank} says. */
        private boolean isBlank(int from, int to) {
            for (int k = from; k < to; k++) {
                if (!Character.isWhitespace(text.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        private boolean isPossessive(int from, int to) {
            return to - from == 3 && NameFolder.isApostropheLike(text.charAt(from)) && text.charAt(from + 1) == 's'
                    && Character.isWhitespace(text.charAt(from + 2));
        }

        /** A token of two to five capital letters: an acronym ("HIV", "FAO", "MAC"). */
        private boolean isAcronym(int t) {
            int length = ends[t] - starts[t];
            if (length < 2 || length > 5) {
                return false;
            }
            for (int i = starts[t]; i < ends[t]; i++) {
                char c = text.charAt(i);
                if (c < 'A' || c > 'Z') {
                    return false;
                }
            }
            return true;
        }

        private boolean isApproximateWord(int t) {
            return Arrays.binarySearch(approximateWords, text.substring(starts[t], ends[t]).toLowerCase(Locale.ROOT)) >= 0;
        }

        private boolean is(int t, int wordClass) {
            return (classes(t) & wordClass) != 0;
        }

        private Division division(int t) {
            int bits = classes(t) / WordClasses.DIVISION & 7;
            return bits == 0 ? null : DIVISIONS[Integer.numberOfTrailingZeros(bits)];
        }

        private int classes(int t) {
            int known = classes[t];
            if (known < 0) {
                known = ascii[t] ? wordClasses.ofAscii(text, starts[t], ends[t])
                        : wordClasses.of(text.substring(starts[t], ends[t]).toLowerCase(Locale.ROOT));
                classes[t] = known;
            }
            return known;
        }

        // ---- tokens --------------------------------------------------------------------------

        /**
         * The words of the text: letters, with apostrophes inside them ("Ma'arrat"), digits making a word no name.
         * Whether a token can begin a name is worked out here, once.
         */
        private void tokenize() {
            // read from an array: a string's charAt checks its coding and bounds at every one of a text's characters
            char[] chars = text.toCharArray();
            int i = 0;
            int n = chars.length;
            while (i < n) {
                char c0 = chars[i];
                if (c0 < 128 ? ASCII_WORD_CHARS[c0] == 0 : !isWordChar(c0)) {
                    i++;
                    continue;
                }
                int start = i;
                boolean hasDigit = false;
                boolean plain = true;
                while (i < n) {
                    char c = chars[i];
                    byte kind = c < 128 ? ASCII_WORD_CHARS[c] : 0;
                    if (kind != 0) { // most characters: a letter or digit of ASCII
                        hasDigit |= kind == ASCII_DIGIT;
                        i++;
                    } else if (c < 128 && c != '\'' && c != '`') {
                        break; // a space or punctuation, no apostrophe: the word ends
                    } else if (c >= 128 && isWordChar(c)) {
                        hasDigit |= Character.isDigit(c);
                        plain = false;
                        i++;
                    } else if (NameFolder.isApostropheLike(c) && i + 1 < n && Character.isLetter(chars[i + 1])
                            && !isPossessiveS(text, i + 1)) {
                        plain &= c < 128;
                        i++;
                    } else {
                        break;
                    }
                }
                add(start, i, hasDigit, plain);
                if (i + 1 < n && (chars[i] >= 128 || chars[i] == '\'' || chars[i] == '`')
                        && NameFolder.isApostropheLike(chars[i]) && isPossessiveS(text, i + 1)) {
                    i += 2; // the possessive "'s" is no word of its own
                }
            }
        }

        private void add(int start, int end, boolean hasDigit, boolean plain) {
            if (count == starts.length) {
                int capacity = 2 * count;
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                canBeginName = Arrays.copyOf(canBeginName, capacity);
                ascii = Arrays.copyOf(ascii, capacity);
            }
            // a word character is never a surrogate, so the token's first character is its first code point; the
            // Arabic script starts at U+0600: below it, no binary search of the script table (10% of the
            // recognition time, asked of every lower-case word)
            char first = text.charAt(start);
            starts[count] = start;
            ends[count] = end;
            canBeginName[count] = !hasDigit && (Character.isUpperCase(first) || Character.isTitleCase(first)
                    || first >= 0x0600 && Character.UnicodeScript.of(first) == Character.UnicodeScript.ARABIC);
            ascii[count] = plain;
            count++;
        }
    }

    /**
     * The words of the finder's word lists and what each is, as bits: a table probed with a token's characters,
     * lower-cased on the fly when they are ASCII, so that a token's classes cost one probe and no string.
     */
    private static final class WordClasses {
        static final int STOPNAME = 1;
        static final int COMMON_WORD = 2;
        static final int FIRST_NAME = 4;
        static final int TITLE = 8;
        static final int OF = 16;
        /** The first of three bits, one per {@link Division} in its order. */
        static final int DIVISION = 32;

        /** Each slot's word, its hash, and its classes (never 0 for a word: 0 marks an empty slot). */
        private final String[] words;
        private final int[] hashes;
        private final int[] bits;
        /** No word is longer: a longer token needs no probe. */
        private final int longest;

        WordClasses(Map<String, Integer> classes) {
            int size = Integer.highestOneBit(Math.max(1, classes.size())) * 4;
            words = new String[size];
            hashes = new int[size];
            bits = new int[size];
            classes.forEach((word, wordBits) -> {
                int slot = slot(word.hashCode());
                while (bits[slot] != 0) {
                    slot = (slot + 1) & (size - 1);
                }
                words[slot] = word;
                hashes[slot] = word.hashCode();
                bits[slot] = wordBits;
            });
            longest = classes.keySet().stream().mapToInt(String::length).max().orElse(0);
        }

        /** The classes of a lower-case word; 0 for a word of no list. */
        int of(String lowerCase) {
            int hash = lowerCase.hashCode();
            for (int slot = slot(hash); bits[slot] != 0; slot = (slot + 1) & (bits.length - 1)) {
                if (hashes[slot] == hash && words[slot].equals(lowerCase)) {
                    return bits[slot];
                }
            }
            return 0;
        }

        /** The classes of {@code text[from .. to)}, all ASCII, lower-cased as {@link String#toLowerCase} does. */
        int ofAscii(String text, int from, int to) {
            if (to - from > longest) {
                return 0;
            }
            int hash = 0;
            for (int k = from; k < to; k++) {
                hash = 31 * hash + lowerAscii(text.charAt(k));
            }
            for (int slot = slot(hash); bits[slot] != 0; slot = (slot + 1) & (bits.length - 1)) {
                if (hashes[slot] == hash && words[slot].length() == to - from && matchesLowerCase(words[slot], text, from)) {
                    return bits[slot];
                }
            }
            return 0;
        }

        private static boolean matchesLowerCase(String word, String text, int from) {
            for (int k = 0; k < word.length(); k++) {
                if (word.charAt(k) != lowerAscii(text.charAt(from + k))) {
                    return false;
                }
            }
            return true;
        }

        private static char lowerAscii(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }

        private int slot(int hash) {
            return (hash ^ (hash >>> 16)) & (bits.length - 1);
        }
    }

    private static List<Place> preferring(List<Place> candidates, Predicate<Place> preferred) {
        List<Place> reordered = new ArrayList<>(candidates.size());
        candidates.stream().filter(preferred).forEach(reordered::add);
        candidates.stream().filter(preferred.negate()).forEach(reordered::add);
        return reordered;
    }

    /** A place that a bare English word names all the same: a continent, country, province, capital or large city. */
    private static boolean isProminent(Place place) {
        return place.isContinent() || place.isCountry() || place.isAdmin1() || place.featureCode().equals("PPLC")
                || place.featureCode().equals("PPLA") || place.population() >= MIN_PROMINENT_POPULATION;
    }

    /**
     * Whether a place is known enough to be taken for a capitalised word at a sentence start, where an
     * unknown capitalised word is usually an ordinary English word ("Shelling", "Residents").
     */
    /** A place an acronym may stand for: a country, a province, a capital or a city of 100,000 people. */
    private static boolean isWellKnown(Place place) {
        return place.isCountry() || place.isAdmin1() || place.featureCode().equals("PPLC")
                || place.population() >= ACRONYM_PLACE_POPULATION;
    }

    private static boolean isNotable(Place place) {
        return place.isCountry() || place.isAdmin1() || place.isAdmin2()
                || place.featureCode().startsWith("PPLA") || place.featureCode().equals("PPLC")
                || place.population() >= MIN_NOTABLE_POPULATION;
    }

    /** Number of tokens {@link #find} makes of a name; the gazetteer's longest name sets the span limit. */
    static int tokenCount(String name) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean wordChar = isWordChar(c) || (inWord && NameFolder.isApostropheLike(c));
            if (wordChar && !inWord) {
                count++;
            }
            inWord = wordChar;
        }
        return count;
    }

    /** Per ASCII character: {@link #ASCII_LETTER}, {@link #ASCII_DIGIT} or 0, no word character. */
    private static final byte[] ASCII_WORD_CHARS = new byte[128];
    private static final byte ASCII_LETTER = 1;
    private static final byte ASCII_DIGIT = 2;

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD_CHARS[c] = c >= '0' && c <= '9' ? ASCII_DIGIT : isWordChar(c) ? ASCII_LETTER : 0;
        }
    }

    private static boolean isWordChar(char c) {
        if (c < 128) { // no ASCII character is a mark: spaces and punctuation need no two look-ups of their type
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** "Idlib's": an apostrophe, an s and no further letter. */
    private static boolean isPossessiveS(String text, int sIndex) {
        return (text.charAt(sIndex) == 's' || text.charAt(sIndex) == 'S')
                && (sIndex + 1 == text.length() || !Character.isLetter(text.charAt(sIndex + 1)));
    }


}
