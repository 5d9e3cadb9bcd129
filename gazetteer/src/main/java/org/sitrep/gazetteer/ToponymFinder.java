package org.sitrep.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
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
 * capitalised words ("Commerce Department") only when it names a prominent place ("Buffalo", "Homs").
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
            candidates = List.copyOf(candidates);
        }
    }

    static final String STOPNAMES_RESOURCE = "stopnames.txt";
    static final String COMMON_WORDS_RESOURCE = "common-words.txt";
    static final String FIRST_NAMES_RESOURCE = "first-names.txt";

    /** Words that make the name before or after them an administrative area. */
    private enum Division {
        ADMIN1(Place::isAdmin1), ADMIN2(Place::isAdmin2), ANY_ADMIN(p -> p.isAdmin1() || p.isAdmin2());

        final Predicate<Place> preferred;

        Division(Predicate<Place> preferred) {
            this.preferred = preferred;
        }
    }

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
    private static final long MIN_NOTABLE_POPULATION = 1000;
    /** A city this large is meant even when its name is an English word ("Mobile", "Reading", "Buffalo"). */
    private static final long MIN_PROMINENT_POPULATION = 100_000;
    /** Fuzzy matching is for misspelt town names, not for long phrases. */
    private static final int MAX_FUZZY_TOKENS = 3;

    private final Gazetteer gazetteer;
    private final Set<String> stopnames;
    private final Set<String> commonWords;
    private final Set<String> firstNames;

    public ToponymFinder(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.stopnames = readWords(STOPNAMES_RESOURCE);
        this.commonWords = readWords(COMMON_WORDS_RESOURCE);
        this.firstNames = readWords(FIRST_NAMES_RESOURCE);
    }

    /** The gazetteer the names are looked up in. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The place names of the text, in text order, none overlapping. */
    public List<Toponym> find(String text) {
        List<Token> tokens = tokenize(text);
        List<Toponym> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).canBeginName()) {
                i++;
                continue;
            }
            if (followsTitle(text, tokens, i)) {
                i = endOfCapitalisedRun(text, tokens, i);
                continue;
            }
            Match match = longestMatch(text, tokens, i);
            if (startsPersonName(text, tokens, i) && (match == null || match.lastToken() == i)) {
                i = endOfCapitalisedRun(text, tokens, i);
                continue;
            }
            if (match == null) {
                i++;
                continue;
            }
            Division division = divisionAround(text, tokens, i, match.lastToken());
            List<Place> candidates = division == null ? match.candidates()
                    : preferring(match.candidates(), division.preferred);
            int start = tokens.get(i).start();
            int end = tokens.get(match.lastToken()).end();
            found.add(new Toponym(start, end, text.substring(start, end), candidates, match.approximate()));
            i = match.lastToken() + 1;
        }
        return List.copyOf(found);
    }

    private record Match(int lastToken, List<Place> candidates, boolean approximate) {
    }

    /** Longest span from token {@code first} that matches by strict or loose key; failing that, fuzzily. */
    private Match longestMatch(String text, List<Token> tokens, int first) {
        int last = first;
        while (last + 1 < tokens.size() && last + 1 - first < gazetteer.maxNameTokens()
                && joinable(text, tokens.get(last), tokens.get(last + 1))) {
            last++;
        }
        for (boolean fuzzy : new boolean[] {false, true}) {
            for (int end = last; end >= first; end--) {
                if (!isCandidateSpan(tokens, first, end) || (fuzzy && end - first + 1 > MAX_FUZZY_TOKENS)) {
                    continue;
                }
                String surface = text.substring(tokens.get(first).start(), tokens.get(end).end());
                // the keys come from the gazetteer's memo: folding both spans anew was a third of the recognition time
                if (end > first && stopnames.contains(tokens.get(first).lowerCase())
                        && gazetteer.key(surface).equals(gazetteer.key(
                        text.substring(tokens.get(first + 1).start(), tokens.get(end).end())))) {
                    // "As Syria" folds like "Syria": the English word is not the Arabic article
                    continue;
                }
                if (allStopnames(tokens, first, end)) {
                    continue; // "In May"
                }
                Gazetteer.Lookup lookup = gazetteer.lookup(surface, fuzzy);
                if (lookup.places().isEmpty()) {
                    continue;
                }
                // "Henry County deputies...": a division word after the name says it is a place
                boolean sentenceInitial = isSentenceInitial(text, tokens, first)
                        && divisionAround(text, tokens, first, end) == null;
                boolean doubtful = end == first && sentenceInitial
                        && (lookup.kind() != Gazetteer.MatchKind.STRICT || !isNotable(lookup.places().get(0)));
                if (end == first && commonWords.contains(tokens.get(first).lowerCase())
                        && (sentenceInitial || inCapitalisedRun(text, tokens, first))
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

    private boolean allStopnames(List<Token> tokens, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (!stopnames.contains(tokens.get(k).lowerCase())) {
                return false;
            }
        }
        return true;
    }

    private boolean isCandidateSpan(List<Token> tokens, int first, int last) {
        Token lastToken = tokens.get(last);
        if (!lastToken.canBeginName() || DIVISION_WORDS.containsKey(lastToken.lowerCase())) {
            return false;
        }
        if (first == last) {
            return !stopnames.contains(lastToken.lowerCase()) && !TITLES.contains(lastToken.lowerCase());
        }
        for (int k = first + 1; k < last; k++) {
            Token inner = tokens.get(k);
            if (!inner.canBeginName() && inner.text().length() > MAX_INNER_LOWERCASE_LENGTH) {
                return false;
            }
        }
        return true;
    }

    /**
     * The division word that qualifies the name: right after it ("Idlib province", "Idlib's
     * countryside") or before it as "the province of Idlib".
     */
    private static Division divisionAround(String text, List<Token> tokens, int first, int last) {
        if (last + 1 < tokens.size()) {
            String gap = text.substring(tokens.get(last).end(), tokens.get(last + 1).start());
            if (gap.isBlank() || isPossessive(gap)) {
                Division after = DIVISION_WORDS.get(tokens.get(last + 1).lowerCase());
                if (after != null) {
                    return after;
                }
            }
        }
        if (first >= 2 && tokens.get(first - 1).lowerCase().equals("of")) {
            return DIVISION_WORDS.get(tokens.get(first - 2).lowerCase());
        }
        return null;
    }

    private static List<Place> preferring(List<Place> candidates, Predicate<Place> preferred) {
        List<Place> reordered = new ArrayList<>(candidates.size());
        candidates.stream().filter(preferred).forEach(reordered::add);
        candidates.stream().filter(preferred.negate()).forEach(reordered::add);
        return reordered;
    }

    private static boolean followsTitle(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        int from = tokens.get(i - 1).end();
        int gap = tokens.get(i).start() - from;
        boolean titleGap = (gap == 1 && text.charAt(from) == ' ')
                || (gap == 2 && text.charAt(from) == '.' && text.charAt(from + 1) == ' ');
        return titleGap && TITLES.contains(tokens.get(i - 1).lowerCase());
    }

    /**
     * The index after a person's name that starts at token {@code i}: its capitalised tokens and the
     * particles between them ("Abu Mohammad al-Julani").
     */
    private static int endOfCapitalisedRun(String text, List<Token> tokens, int i) {
        int k = i;
        while (k + 1 < tokens.size() && joinable(text, tokens.get(k), tokens.get(k + 1))
                && (tokens.get(k + 1).canBeginName() || PERSON_NAME_PARTICLES.contains(tokens.get(k + 1).text()))) {
            k++;
        }
        return k + 1;
    }

    /**
     * A given name followed by another capitalised word: "Michael Jones", "Carolina Panthers". Not when
     * either word alone names a prominent place ("Georgia Smith" is rarer than "Georgia Tech", "West Africa")
     * or the second is a division word ("Anderson County").
     */
    private boolean startsPersonName(String text, List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !firstNames.contains(tokens.get(i).lowerCase())) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return joinable(text, tokens.get(i), next) && next.canBeginName()
                && !DIVISION_WORDS.containsKey(next.lowerCase())
                && !namesProminentPlace(tokens.get(i)) && !namesProminentPlace(next);
    }

    /** A prominent place called so by its own name, not by one of its many alternate names ("Michael"). */
    private boolean namesProminentPlace(Token token) {
        List<Place> places = gazetteer.lookup(token.text(), false).places();
        return !places.isEmpty() && isProminent(places.get(0))
                && NameFolder.key(places.get(0).name()).equals(NameFolder.key(token.text()));
    }

    /**
     * A capitalised word next to the token, joined to it as words of one name are; a division word
     * ("Laurel County") does not make a run, it says the name is a place.
     */
    private static boolean inCapitalisedRun(String text, List<Token> tokens, int i) {
        return (i > 0 && tokens.get(i - 1).canBeginName() && joinable(text, tokens.get(i - 1), tokens.get(i)))
                || (i + 1 < tokens.size() && tokens.get(i + 1).canBeginName()
                && !DIVISION_WORDS.containsKey(tokens.get(i + 1).lowerCase())
                && joinable(text, tokens.get(i), tokens.get(i + 1)));
    }

    /** A place that a bare English word names all the same: a continent, country, province, capital or large city. */
    private static boolean isProminent(Place place) {
        return place.isContinent() || place.isCountry() || place.isAdmin1() || place.featureCode().equals("PPLC")
                || place.featureCode().equals("PPLA") || place.population() >= MIN_PROMINENT_POPULATION;
    }

    /** First word of the text or of a sentence: capitalised there whatever it is. */
    private static boolean isSentenceInitial(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        for (int k = tokens.get(i - 1).end(); k < tokens.get(i).start(); k++) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a place is known enough to be taken for a capitalised word at a sentence start, where an
     * unknown capitalised word is usually an ordinary English word ("Shelling", "Residents").
     */
    private static boolean isNotable(Place place) {
        return place.isCountry() || place.isAdmin1() || place.isAdmin2()
                || place.featureCode().startsWith("PPLA") || place.featureCode().equals("PPLC")
                || place.population() >= MIN_NOTABLE_POPULATION;
    }

    /**
     * Two tokens can be in one name when only a space or one hyphen separates them. The gaps are read in place,
     * never copied out: the finder asks this of nearly every pair of capitalised words.
     */
    private static boolean joinable(String text, Token left, Token right) {
        if (right.start() - left.end() != 1) {
            return false;
        }
        char gap = text.charAt(left.end());
        return gap == ' ' || gap == '-' || gap == '\u2010' || gap == '\u2011';
    }

    private static boolean isPossessive(String gap) {
        return gap.length() == 3 && NameFolder.isApostropheLike(gap.charAt(0)) && gap.charAt(1) == 's'
                && Character.isWhitespace(gap.charAt(2));
    }

    // ---- tokens ------------------------------------------------------------------------------

    /**
     * A word of the text: letters, with apostrophes inside it ("Ma'arrat"), digits making it no name. The finder
     * asks each token's lower case and whether it can begin a name many times, so both are worked out once.
     */
    private record Token(int start, int end, String text, String lowerCase, boolean canBeginName) {
        static Token of(int start, int end, String text, boolean hasDigit) {
            int first = text.codePointAt(0);
            // the Arabic script starts at U+0600: below it, no binary search of the script table (10% of the
            // recognition time, asked of every lower-case word)
            boolean canBeginName = !hasDigit && (Character.isUpperCase(first) || Character.isTitleCase(first)
                    || first >= 0x0600 && Character.UnicodeScript.of(first) == Character.UnicodeScript.ARABIC);
            return new Token(start, end, text, text.toLowerCase(Locale.ROOT), canBeginName);
        }
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean hasDigit = false;
            while (i < n) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    hasDigit |= Character.isDigit(c);
                    i++;
                } else if (NameFolder.isApostropheLike(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                        && !isPossessiveS(text, i + 1)) {
                    i++;
                } else {
                    break;
                }
            }
            tokens.add(Token.of(start, i, text.substring(start, i), hasDigit));
            if (i + 1 < n && NameFolder.isApostropheLike(text.charAt(i)) && isPossessiveS(text, i + 1)) {
                i += 2; // the possessive "'s" is no word of its own
            }
        }
        return tokens;
    }

    /** Number of tokens {@link #tokenize} makes of a name; the gazetteer's longest name sets the span limit. */
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

    /** A word list resource: one word a line, '#' comment lines; lower-cased. */
    private static Set<String> readWords(String resource) {
        try (InputStream in = ToponymFinder.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing");
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
