package org.sitrep.gazetteer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The place table with its name indexes; immutable once loaded (but for memos of pure results), so one
 * instance can be shared by threads. Load it once with {@link #loadDefault()} and keep it.
 *
 * <p>It loads the index that {@link GazetteerIndexWriter} compiles at build time from the versioned
 * {@code gazetteer.tsv.gz}: the places as columns and the name keys already folded, read in a few bulk copies.
 */
public final class Gazetteer {

    /** The source of truth, versioned in src/main/resources; the build compiles it into {@link #INDEX_RESOURCE}. */
    static final String RESOURCE = "gazetteer.tsv.gz";
    /** The format of {@link #RESOURCE}; the compiler writes it on the first line as "# format: ...". */
    public static final String RESOURCE_FORMAT = "sitrep-gazetteer/1";
    /** The compiled index on the class path. */
    static final String INDEX_RESOURCE = "gazetteer.idx";
    /** The format of {@link #INDEX_RESOURCE}: its first line is "# format: " and this. */
    static final String INDEX_FORMAT = "sitrep-gazetteer-index/1";
    /** Loose keys shorter than this ("hms", "anm") match too many unrelated places. */
    private static final int MIN_LOOSE_KEY_LENGTH = 4;
    /** Feature codes of the seats of administrative areas, capital included. */
    private static final Set<String> SEAT_CODES = Set.of("PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4");

    private final PlaceTable places;
    /** The strict key number ({@link NameIndex#keyNumber}) of each place's primary name, by place number; -1 for none. */
    private final int[] primaryKeys;
    /**
     * Each place's position in the order of {@link #standings(PlaceTable)}, by place number, and the place at each position:
     * ranking a lookup's matches is then a sort of numbers, not of records by five comparisons.
     */
    private final int[] standings;
    private final int[] byStanding;
    private final NameIndex strictIndex;
    /**
     * Fuzzy searches already made, by key: the fuzzy step compares a word with hundreds of names, and the
     * capitalised words that reach it (people, organisations) recur throughout a corpus. Bounded: cleared
     * when full. A memo of pure results, so the gazetteer stays safe to share between threads.
     */
    private final Map<String, Lookup> fuzzyLookups = new ConcurrentHashMap<>(MEMO_INITIAL_CAPACITY);
    private static final int FUZZY_MEMO_SIZE = 100_000;
    /**
     * Strict and loose lookups already made, by surface form: running text names the same places, people and
     * organisations again and again, and a repeat then costs one probe instead of folding, probing and ranking.
     * Bounded and pure like the fuzzy memo.
     */
    private final Map<String, ExactLookup> exactLookups = new ConcurrentHashMap<>(MEMO_INITIAL_CAPACITY);
    private static final int EXACT_MEMO_SIZE = 100_000;
    /**
     * The memos start this large (a few hundred kilobytes), not at 16 entries: a corpus fills them with tens of
     * thousands of surfaces in its first hundreds of texts, and growing them step by step cost a tenth of that time.
     */
    private static final int MEMO_INITIAL_CAPACITY = 1 << 15;
    private final NameIndex looseIndex;
    /**
     * The ranked places of each strict and loose key, by key number, made the first time a lookup finds the key
     * (ranking a common name's hundreds of places is most of a lookup's cost). Written without a lock, as
     * {@link PlaceTable} writes its records: a {@link Lookup} and its list have only final fields, so a thread that
     * reads a slot another has just filled sees the whole lookup, or null and makes an equal one.
     */
    private final Lookup[] strictLookups;
    private final Lookup[] looseLookups;
    private final Map<String, Place> countriesByIso;
    private final Map<String, Place> admin1ByCode;
    private final int maxNameTokens;

    Gazetteer(PlaceTable places, int[] primaryKeys, int[] standings, NameIndex strictIndex, NameIndex looseIndex,
              int maxNameTokens) {
        this.places = places;
        this.primaryKeys = primaryKeys;
        this.standings = standings;
        this.byStanding = new int[standings.length];
        for (int p = 0; p < standings.length; p++) {
            byStanding[standings[p]] = p;
        }
        this.strictIndex = strictIndex;
        this.looseIndex = looseIndex;
        this.strictLookups = new Lookup[strictIndex.size()];
        this.looseLookups = new Lookup[looseIndex.size()];
        this.maxNameTokens = maxNameTokens;
        // Countries, continents and admin-1 areas stand first in the standing order (prior 0 and 1): only they
        // are visited, not the whole table, in place order, so that the first place of a code wins.
        int areaCount = 0;
        while (areaCount < byStanding.length
                && prior(places.featureClass(byStanding[areaCount]), places.featureCode(byStanding[areaCount])) <= 1) {
            areaCount++;
        }
        int[] areas = Arrays.copyOf(byStanding, areaCount);
        Arrays.sort(areas);
        Map<String, Place> countries = new HashMap<>();
        Map<String, Place> admin1 = new HashMap<>();
        for (int p : areas) {
            String featureClass = places.featureClass(p);
            String featureCode = places.featureCode(p);
            if (Place.isCountry(featureClass, featureCode)) {
                countries.putIfAbsent(places.countryCode(p), places.place(p));
            } else if (Place.isAdmin1(featureClass, featureCode) && Place.GEONAMES.equals(places.source(p))) {
                admin1.putIfAbsent(places.countryCode(p) + "." + places.admin1Code(p), places.place(p));
            }
        }
        this.countriesByIso = Map.copyOf(countries);
        this.admin1ByCode = Map.copyOf(admin1);
    }

    /** Loads the compiled index shipped with this module; a fresh instance on every call. */
    public static Gazetteer loadDefault() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(INDEX_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + INDEX_RESOURCE + " missing: it is compiled from "
                        + RESOURCE + " by the build (mvn package)");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX_RESOURCE, e);
        }
    }

    /**
     * Places whose name or an alternate name matches the surface form: by strict key, else by loose
     * key, else by the bounded fuzzy match. Best first (see {@link #rank}); empty when none match.
     */
    public List<Place> candidates(String surface) {
        return lookup(surface, true).places();
    }

    /** Places whose name or an alternate name has exactly the surface form's strict key; best first. */
    public List<Place> strictCandidates(String surface) {
        Lookup lookup = lookup(surface, false);
        return lookup.kind() == MatchKind.STRICT ? lookup.places() : List.of();
    }

    /** How a surface form matched its places. */
    public enum MatchKind { STRICT, LOOSE, FUZZY, NONE }

    /** The places a surface form matched, best first, and how it matched them. */
    record Lookup(List<Place> places, MatchKind kind) {
        static final Lookup NONE = new Lookup(List.of(), MatchKind.NONE);
    }

    /**
     * As {@link #candidates(String)}, saying which step matched; the toponym finder trusts a loose or
     * fuzzy match less, and turns the fuzzy step off while it tries long spans.
     */
    Lookup lookup(String surface, boolean allowFuzzy) {
        ExactLookup exact = memoisedExactLookup(surface);
        if (exact.lookup() != Lookup.NONE || exact.key().isEmpty() || !allowFuzzy) {
            return exact.lookup();
        }
        return fuzzyLookup(exact.key());
    }

    /** The bounded fuzzy match of a strict key that matched nothing by strict or loose key; memoised. */
    Lookup fuzzyLookup(String key) {
        Lookup fuzzy = fuzzyLookups.get(key);
        if (fuzzy != null) {
            return fuzzy;
        }
        if (fuzzyLookups.size() >= FUZZY_MEMO_SIZE) {
            fuzzyLookups.clear();
        }
        return fuzzyLookups.computeIfAbsent(key, this::searchFuzzily);
    }

    /** {@link NameFolder#key} of a surface form, from the memo of exact lookups (the finder asks it of many spans). */
    String key(String surface) {
        return memoisedExactLookup(surface).key();
    }

    private ExactLookup memoisedExactLookup(String surface) {
        // a plain read first: most surfaces are repeats, and computeIfAbsent costs more even when it finds one
        ExactLookup known = exactLookups.get(surface);
        if (known != null) {
            return known;
        }
        if (exactLookups.size() >= EXACT_MEMO_SIZE) {
            exactLookups.clear();
        }
        return exactLookups.computeIfAbsent(surface, this::exactLookup);
    }

    /** A surface form's strict key and what the strict and loose steps found for it (NONE: nothing yet). */
    private record ExactLookup(String key, Lookup lookup) {
    }

    private ExactLookup exactLookup(String surface) {
        String key = NameFolder.key(surface);
        if (key.isEmpty()) {
            return new ExactLookup(key, Lookup.NONE);
        }
        return new ExactLookup(key, exactLookup(key.toCharArray(), key.length(), key.hashCode(), new char[key.length()]));
    }

    /**
     * The strict step, else the loose one, for the non-empty strict key {@code key[0 .. length)} ({@code hash}: its
     * {@link String#hashCode}); {@code scratch}, at least {@code length} long, takes its loose key. The toponym finder
     * asks this of the spans it tries with keys it builds from its tokens' keys, making no strings.
     */
    Lookup exactLookup(char[] key, int length, int hash, char[] scratch) {
        int keyNumber = strictIndex.keyNumber(key, length, hash);
        if (keyNumber >= 0) {
            Lookup known = strictLookups[keyNumber];
            if (known == null) {
                known = new Lookup(rank(keyNumber, strictIndex.places(keyNumber)), MatchKind.STRICT);
                strictLookups[keyNumber] = known;
            }
            return known;
        }
        int looseLength = NameFolder.looseKeyOfKey(key, length, scratch);
        if (looseLength >= MIN_LOOSE_KEY_LENGTH) {
            int looseNumber = looseIndex.keyNumber(scratch, looseLength, hash(scratch, looseLength));
            if (looseNumber >= 0) {
                Lookup known = looseLookups[looseNumber];
                if (known == null) {
                    known = new Lookup(rank(-1, looseIndex.places(looseNumber)), MatchKind.LOOSE);
                    looseLookups[looseNumber] = known;
                }
                return known;
            }
        }
        return Lookup.NONE;
    }

    /** {@link String#hashCode} of the string {@code chars[0 .. length)} would make. */
    static int hash(char[] chars, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[i];
        }
        return hash;
    }

    private Lookup searchFuzzily(String key) {
        Matches matches = new Matches();
        strictIndex.forEachFuzzyPlace(key, matches);
        if (matches.count == 0) {
            return Lookup.NONE; // nine searches in ten
        }
        // a place of several matching keys comes once; rank orders them, whatever order they came in
        int[] sorted = Arrays.copyOf(matches.places, matches.count);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return new Lookup(rank(-1, Arrays.copyOf(sorted, distinct)), MatchKind.FUZZY);
    }

    /** The places a fuzzy search calls back with, in an array that grows. */
    private static final class Matches implements IntConsumer {
        int[] places = new int[8];
        int count;

        @Override
        public void accept(int place) {
            if (count == places.length) {
                places = Arrays.copyOf(places, 2 * count);
            }
            places[count++] = place;
        }
    }

    public Optional<Place> country(String iso2) {
        return Optional.ofNullable(countriesByIso.get(iso2));
    }

    /** The GeoNames admin-1 area, e.g. {@code admin1("SY", "12")} for Idlib. */
    public Optional<Place> admin1(String iso2, String admin1Code) {
        return Optional.ofNullable(admin1ByCode.get(iso2 + "." + admin1Code));
    }

    /** The most words any name has, counting as {@link ToponymFinder} tokenises. */
    public int maxNameTokens() {
        return maxNameTokens;
    }

    public int size() {
        return places.size();
    }

    /**
     * Orders matches (place numbers) best-first: countries and continents; then places whose primary name has
     * the surface's key (strict key number {@code keyNumber}; -1 when the key matched loosely or fuzzily, so
     * that no primary name has it)
     * before those matched by an alternate name; then admin-1, capital, seats of admin-1..4 areas,
     * other populated places, admin-2, the rest; then population. One exception: a seat city moves
     * directly before an administrative area of its admin-1 that matched by the same name, since a
     * bare "Homs", "Idlib" or "Hasakeh" in a report names the city and the province is written
     * "Idlib province".
     */
    private List<Place> rank(int keyNumber, int[] matches) {
        // Countries and continents come first in the standing order too, but the primary-name test goes between
        // them and the rest of it.
        long[] order = new long[matches.length];
        for (int i = 0; i < matches.length; i++) {
            int p = matches[i];
            boolean countryOrContinent = Place.isCountry(places.featureClass(p), places.featureCode(p))
                    || Place.isContinent(places.featureClass(p), places.featureCode(p));
            boolean primary = keyNumber >= 0 && primaryKeys[p] == keyNumber;
            order[i] = (countryOrContinent ? 0 : 1L << 33) | (primary ? 0 : 1L << 32) | standings[p];
        }
        Arrays.sort(order);
        int[] ranked = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            ranked[i] = byStanding[(int) order[i]];
        }
        for (int i = 0; i < ranked.length; i++) {
            int area = ranked[i];
            if (Place.isAdmin1(places.featureClass(area), places.featureCode(area))
                    || Place.isAdmin2(places.featureClass(area), places.featureCode(area))) {
                for (int j = i + 1; j < ranked.length; j++) {
                    if (isSeatWithin(ranked[j], area)) {
                        int seat = ranked[j];
                        System.arraycopy(ranked, i, ranked, i + 1, j - i);
                        ranked[i] = seat;
                        i++;
                        break;
                    }
                }
            }
        }
        return new RankedPlaces(places, ranked);
    }

    private boolean isSeatWithin(int city, int area) {
        return Place.isPopulatedPlace(places.featureClass(city)) && SEAT_CODES.contains(places.featureCode(city))
                && places.countryCode(city).equals(places.countryCode(area))
                && places.admin1Code(city).equals(places.admin1Code(area));
    }
    /**
     * The order of places, all else equal, best first: countries and continents, then by {@link #prior}, then
     * the most populous, then by id (unique, so the order is total). Computed at build time.
     */
    static int[] standings(PlaceTable places) {
        Comparator<Integer> order = Comparator
                .comparing((Integer p) -> !Place.isCountry(places.featureClass(p), places.featureCode(p))
                        && !Place.isContinent(places.featureClass(p), places.featureCode(p)))
                .thenComparingInt(p -> prior(places.featureClass(p), places.featureCode(p)))
                .thenComparing(p -> -places.population(p))
                .thenComparingLong(places::id);
        Integer[] sorted = IntStream.range(0, places.size()).boxed().sorted(order).toArray(Integer[]::new);
        int[] standings = new int[sorted.length];
        for (int position = 0; position < sorted.length; position++) {
            standings[sorted[position]] = position;
        }
        return standings;
    }

    /** Lower is more likely to be the place meant when a report names it bare. */
    static int prior(String featureClass, String featureCode) {
        if (Place.isCountry(featureClass, featureCode) || Place.isContinent(featureClass, featureCode)) {
            return 0;
        }
        if (Place.isAdmin1(featureClass, featureCode)) {
            return 1;
        }
        if (Place.isPopulatedPlace(featureClass)) {
            return switch (featureCode) {
                case "PPLC" -> 2;
                case "PPLA" -> 3;
                case "PPLA2" -> 4;
                case "PPLA3" -> 5;
                case "PPLA4" -> 6;
                default -> 7;
            };
        }
        return Place.isAdmin2(featureClass, featureCode) ? 8 : 9;
    }

    // ---- loading -----------------------------------------------------------------------------

    /** Reads an index that {@link #write} wrote: its header, then the places and the two name indexes. */
    static Gazetteer load(InputStream stream) throws IOException {
        IndexIO.In in = new IndexIO.In(new BufferedInputStream(stream, 1 << 16));
        String first = in.line();
        if (!("# format: " + INDEX_FORMAT).equals(first)) {
            throw new IOException("not a " + INDEX_FORMAT + " file: " + first);
        }
        for (String line = first; !IndexIO.END_OF_HEADER.equals(line); line = in.line()) {
            if (line == null) {
                throw new IOException("gazetteer index without the line '" + IndexIO.END_OF_HEADER + "'");
            }
        }
        int maxNameTokens = in.readInt();
        PlaceTable places = PlaceTable.read(in);
        int[] primaryKeys = in.ints();
        int[] standings = in.ints();
        NameIndex strictIndex = NameIndex.read(in);
        NameIndex looseIndex = NameIndex.read(in);
        return new Gazetteer(places, primaryKeys, standings, strictIndex, looseIndex, maxNameTokens);
    }

    /** Writes the index {@link #load} reads, after the header lines given (each starting with '#'). */
    void write(List<String> header, IndexIO.Out out) throws IOException {
        out.line("# format: " + INDEX_FORMAT);
        for (String line : header) {
            out.line(line);
        }
        out.line(IndexIO.END_OF_HEADER);
        out.writeInt(maxNameTokens);
        places.write(out);
        out.ints(primaryKeys);
        out.ints(standings);
        strictIndex.write(out);
        looseIndex.write(out);
        out.flush();
    }
}
