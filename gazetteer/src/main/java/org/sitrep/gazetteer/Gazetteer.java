package org.sitrep.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;

/**
 * The place table with its name indexes; immutable once loaded, so one instance can be shared
 * by threads. Load it once with {@link #loadDefault()} and keep it: loading takes about a second.
 */
public final class Gazetteer {

    static final String RESOURCE = "gazetteer.tsv.gz";
    /** The resource format this class reads; the compiler writes it on the first line as "# format: ...". */
    public static final String RESOURCE_FORMAT = "sitrep-gazetteer/1";
    private static final String FORMAT_LINE = "# format: " + RESOURCE_FORMAT;
    /** Loose keys shorter than this ("hms", "anm") match too many unrelated places. */
    private static final int MIN_LOOSE_KEY_LENGTH = 4;
    /** Feature codes of the seats of administrative areas, capital included. */
    private static final Set<String> SEAT_CODES = Set.of("PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4");

    private final Place[] places;
    /** The strict key of each place's primary name, by place number. */
    private final String[] primaryKeys;
    private final NameIndex strictIndex;
    /**
     * Fuzzy searches already made, by key: the fuzzy step compares a word with hundreds of names, and the
     * capitalised words that reach it (people, organisations) recur throughout a corpus. Bounded: cleared
     * when full. A memo of pure results, so the gazetteer stays safe to share between threads.
     */
    private final Map<String, Lookup> fuzzyLookups = new ConcurrentHashMap<>();
    private static final int FUZZY_MEMO_SIZE = 100_000;
    private final NameIndex looseIndex;
    private final Map<String, Place> countriesByIso;
    private final Map<String, Place> admin1ByCode;
    private final int maxNameTokens;

    private Gazetteer(Place[] places, String[] primaryKeys, NameIndex strictIndex, NameIndex looseIndex,
                      int maxNameTokens) {
        this.places = places;
        this.primaryKeys = primaryKeys;
        this.strictIndex = strictIndex;
        this.looseIndex = looseIndex;
        this.maxNameTokens = maxNameTokens;
        Map<String, Place> countries = new HashMap<>();
        Map<String, Place> admin1 = new HashMap<>();
        for (Place place : places) {
            if (place.isCountry()) {
                countries.putIfAbsent(place.countryCode(), place);
            } else if (place.isAdmin1() && Place.GEONAMES.equals(place.source())) {
                admin1.putIfAbsent(place.countryCode() + "." + place.admin1Code(), place);
            }
        }
        this.countriesByIso = Map.copyOf(countries);
        this.admin1ByCode = Map.copyOf(admin1);
    }

    /** Loads the compiled resource shipped with this module; a fresh instance on every call. */
    public static Gazetteer loadDefault() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing; run scripts/build-gazetteer.sh");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Places whose name or an alternate name matches the surface form: by strict key, else by loose
     * key, else by the bounded fuzzy match. Best first (see {@link #rank}); empty when none match.
     */
    public List<Place> candidates(String surface) {
        return lookup(surface, true).places();
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
        String key = NameFolder.key(surface);
        if (key.isEmpty()) {
            return Lookup.NONE;
        }
        Set<Integer> matches = new LinkedHashSet<>();
        strictIndex.forEachPlace(key, matches::add);
        if (!matches.isEmpty()) {
            return new Lookup(rank(key, matches), MatchKind.STRICT);
        }
        String looseKey = NameFolder.looseKeyOfKey(key);
        if (looseKey.length() >= MIN_LOOSE_KEY_LENGTH) {
            looseIndex.forEachPlace(looseKey, matches::add);
            if (!matches.isEmpty()) {
                return new Lookup(rank(key, matches), MatchKind.LOOSE);
            }
        }
        if (allowFuzzy) {
            if (fuzzyLookups.size() >= FUZZY_MEMO_SIZE) {
                fuzzyLookups.clear();
            }
            return fuzzyLookups.computeIfAbsent(key, this::fuzzyLookup);
        }
        return Lookup.NONE;
    }

    private Lookup fuzzyLookup(String key) {
        Set<Integer> matches = new LinkedHashSet<>();
        strictIndex.forEachFuzzyPlace(key, matches::add);
        return matches.isEmpty() ? Lookup.NONE : new Lookup(rank(key, matches), MatchKind.FUZZY);
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
        return places.length;
    }

    /**
     * Orders matches best-first: countries and continents; then places whose primary name has the surface's key
     * before those matched by an alternate name; then admin-1, capital, seats of admin-1..4 areas,
     * other populated places, admin-2, the rest; then population. One exception: a seat city moves
     * directly before an administrative area of its admin-1 that matched by the same name, since a
     * bare "Homs", "Idlib" or "Hasakeh" in a report names the city and the province is written
     * "Idlib province".
     */
    private List<Place> rank(String key, Set<Integer> matches) {
        Comparator<Integer> order = Comparator
                .comparing((Integer i) -> !places[i].isCountry() && !places[i].isContinent())
                .thenComparing(i -> !primaryKeys[i].equals(key))
                .thenComparingInt(i -> prior(places[i]))
                .thenComparing(i -> -places[i].population())
                .thenComparingLong(i -> places[i].id());
        List<Place> ranked = new ArrayList<>(matches.stream().sorted(order).map(i -> places[i]).toList());
        for (int i = 0; i < ranked.size(); i++) {
            Place area = ranked.get(i);
            if (area.isAdmin1() || area.isAdmin2()) {
                for (int j = i + 1; j < ranked.size(); j++) {
                    if (isSeatWithin(ranked.get(j), area)) {
                        ranked.add(i, ranked.remove(j));
                        i++;
                        break;
                    }
                }
            }
        }
        return List.copyOf(ranked);
    }

    private static boolean isSeatWithin(Place city, Place area) {
        return city.isPopulatedPlace() && SEAT_CODES.contains(city.featureCode())
                && city.countryCode().equals(area.countryCode()) && city.admin1Code().equals(area.admin1Code());
    }

    /** Lower is more likely to be the place meant when a report names it bare. */
    static int prior(Place place) {
        if (place.isCountry() || place.isContinent()) {
            return 0;
        }
        if (place.isAdmin1()) {
            return 1;
        }
        if (place.isPopulatedPlace()) {
            return switch (place.featureCode()) {
                case "PPLC" -> 2;
                case "PPLA" -> 3;
                case "PPLA2" -> 4;
                case "PPLA3" -> 5;
                case "PPLA4" -> 6;
                default -> 7;
            };
        }
        return place.isAdmin2() ? 8 : 9;
    }

    // ---- loading -----------------------------------------------------------------------------

    /** Columns of a resource line, as its "# columns:" header names them. */
    private static final int ID = 0, NAME = 1, LATITUDE = 2, LONGITUDE = 3, FEATURE_CLASS = 4, FEATURE_CODE = 5,
            COUNTRY = 6, ADMIN1 = 7, ADMIN2_NAME = 8, POPULATION = 9, SOURCE = 10, ALTERNATE_NAMES = 11, COLUMNS = 12;

    static Gazetteer load(InputStream compressed) throws IOException {
        Row[] rows;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(compressed, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String first = reader.readLine();
            if (!FORMAT_LINE.equals(first)) {
                throw new IOException("not a " + RESOURCE_FORMAT + " file: " + first);
            }
            // Folding a million names is most of the load time: rows are parsed in parallel batches
            // while the reader decompresses the next lines.
            rows = reader.lines().parallel().filter(line -> !line.startsWith("#")).map(Row::of)
                    .toArray(Row[]::new);
        }
        Map<String, String> countryNames = new HashMap<>();
        Map<String, String> admin1Names = new HashMap<>();
        for (Row row : rows) {
            String[] f = row.fields();
            if (f[FEATURE_CODE].startsWith("PCL")) {
                countryNames.putIfAbsent(f[COUNTRY], f[NAME]);
            } else if (f[FEATURE_CODE].equals("ADM1") && f[SOURCE].equals(Place.GEONAMES)) {
                admin1Names.putIfAbsent(f[COUNTRY] + "." + f[ADMIN1], f[NAME]);
            }
        }
        Place[] places = Arrays.stream(rows).parallel().map(Row::fields).map(f -> new Place(Long.parseLong(f[ID]),
                f[NAME], Double.parseDouble(f[LATITUDE]), Double.parseDouble(f[LONGITUDE]), f[FEATURE_CLASS],
                f[FEATURE_CODE], f[COUNTRY], countryNames.getOrDefault(f[COUNTRY], ""), f[ADMIN1],
                admin1Names.getOrDefault(f[COUNTRY] + "." + f[ADMIN1], ""), f[ADMIN2_NAME],
                Long.parseLong(f[POPULATION]), f[SOURCE])).toArray(Place[]::new);
        String[] primaryKeys = Arrays.stream(rows).map(r -> r.names().primaryKey()).toArray(String[]::new);
        int maxNameTokens = Arrays.stream(rows).mapToInt(r -> r.names().maxTokens()).max().orElse(1);
        CompletableFuture<NameIndex> looseIndex = CompletableFuture.supplyAsync(() -> NameIndex.of(
                Arrays.stream(rows).map(r -> r.names().looseKeys()).toArray(String[][]::new), false));
        NameIndex strictIndex = NameIndex.of(
                Arrays.stream(rows).map(r -> r.names().strictKeys()).toArray(String[][]::new), true);
        return new Gazetteer(places, primaryKeys, strictIndex, looseIndex.join(), maxNameTokens);
    }

    /** A resource line split into its columns (the alternate names left out) and the keys of its names. */
    private record Row(String[] fields, NamesOfPlace names) {
        static Row of(String line) {
            String[] fields = splitTabs(line);
            NamesOfPlace names = NamesOfPlace.of(fields[NAME], fields[ALTERNATE_NAMES]);
            fields[ALTERNATE_NAMES] = null; // folded into names; the strings need not stay on the heap
            return new Row(fields, names);
        }
    }

    /** The distinct non-empty keys of one place's names, and the most tokens any of its names has. */
    private record NamesOfPlace(String primaryKey, String[] strictKeys, String[] looseKeys, int maxTokens) {
        static NamesOfPlace of(String name, String alternateNames) {
            String primaryKey = NameFolder.key(name);
            String[] alternates = alternateNames.isEmpty() ? new String[0] : alternateNames.split("\\|");
            List<String> strict = new ArrayList<>(alternates.length + 1);
            int maxTokens = ToponymFinder.tokenCount(name);
            addDistinct(strict, primaryKey);
            for (String alternate : alternates) {
                addDistinct(strict, NameFolder.key(alternate));
                maxTokens = Math.max(maxTokens, ToponymFinder.tokenCount(alternate));
            }
            List<String> loose = new ArrayList<>(strict.size());
            strict.forEach(key -> addDistinct(loose, NameFolder.looseKeyOfKey(key)));
            return new NamesOfPlace(primaryKey, strict.toArray(String[]::new), loose.toArray(String[]::new),
                    maxTokens);
        }

        /** A place has a handful of names, so a list scan beats a set. */
        private static void addDistinct(List<String> keys, String key) {
            if (!key.isEmpty() && !keys.contains(key)) {
                keys.add(key);
            }
        }
    }

    /** Splits a resource line into its {@value #COLUMNS} fields; faster than a regular expression. */
    private static String[] splitTabs(String line) {
        String[] fields = new String[COLUMNS];
        int from = 0;
        for (int i = 0; i < COLUMNS - 1; i++) {
            int tab = line.indexOf('\t', from);
            fields[i] = line.substring(from, tab);
            from = tab + 1;
        }
        fields[COLUMNS - 1] = line.substring(from);
        return fields;
    }
}
