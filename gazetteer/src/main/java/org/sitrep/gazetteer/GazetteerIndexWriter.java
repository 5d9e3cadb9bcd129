package org.sitrep.gazetteer;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The build step that compiles the versioned, documented {@code gazetteer.tsv.gz} into the index that
 * {@link Gazetteer#loadDefault()} reads ({@code gazetteer.idx}): the places as columns, every name folded into its
 * strict and loose keys ({@link NameFolder}) and filed in the two name indexes. Maven runs it after compiling this
 * module (exec-maven-plugin, phase process-classes), so the index always matches the TSV and the folding code of
 * the same build; the TSV stays the source of truth and is not shipped in the jar.
 *
 * <p>Usage: {@code GazetteerIndexWriter TSV_GZ OUTPUT CLASSES_DIR}; does nothing when OUTPUT is newer than the TSV
 * and than every class of this module in CLASSES_DIR.
 */
public final class GazetteerIndexWriter {

    /** Columns of a TSV line, as its "# columns:" header names them. */
    private static final int ID = 0, NAME = 1, LATITUDE = 2, LONGITUDE = 3, FEATURE_CLASS = 4, FEATURE_CODE = 5,
            COUNTRY = 6, ADMIN1 = 7, ADMIN2_NAME = 8, POPULATION = 9, SOURCE = 10, ALTERNATE_NAMES = 11, COLUMNS = 12;
    /** TSV header lines carried into the index's header: where the data comes from and under what licence. */
    private static final List<String> PROVENANCE = List.of("# source:", "# licence:", "# rows:", "# built:");

    private GazetteerIndexWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GazetteerIndexWriter TSV_GZ OUTPUT CLASSES_DIR");
            System.exit(2);
        }
        Path tsv = Path.of(args[0]);
        Path output = Path.of(args[1]);
        if (upToDate(output, tsv, Path.of(args[2]))) {
            System.out.println("gazetteer index up to date: " + output);
            return;
        }
        long started = System.nanoTime();
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            write(Files.readAllBytes(tsv), tsv.getFileName().toString(), out);
        }
        Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("gazetteer index %s written in %d ms (%,d bytes)%n", output,
                (System.nanoTime() - started) / 1_000_000, Files.size(output));
    }

    /** The output is newer than its input and than the code that folds the names. */
    private static boolean upToDate(Path output, Path tsv, Path classes) throws IOException {
        if (!Files.isRegularFile(output)) {
            return false;
        }
        long written = Files.getLastModifiedTime(output).toMillis();
        if (Files.getLastModifiedTime(tsv).toMillis() >= written) {
            return false;
        }
        Path code = classes.resolve(GazetteerIndexWriter.class.getPackageName().replace('.', '/'));
        try (Stream<Path> files = Files.walk(code)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .allMatch(f -> f.toFile().lastModified() < written);
        }
    }

    /** Compiles a gzipped TSV of format {@link Gazetteer#RESOURCE_FORMAT} into an index. */
    static void write(byte[] compressedTsv, String tsvName, OutputStream out) throws IOException {
        List<String> lines;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(compressedTsv), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            lines = reader.lines().toList();
        }
        if (lines.isEmpty() || !lines.getFirst().equals("# format: " + Gazetteer.RESOURCE_FORMAT)) {
            throw new IOException("not a " + Gazetteer.RESOURCE_FORMAT + " file: "
                    + (lines.isEmpty() ? "empty" : lines.getFirst()));
        }
        List<String> header = new ArrayList<>();
        header.add("# compiled from: " + tsvName + " (" + Gazetteer.RESOURCE_FORMAT + ", sha256:" + sha256(compressedTsv)
                + ") at build time by " + GazetteerIndexWriter.class.getName() + "; do not edit, rebuild");
        header.add("# layout: after the line '" + IndexIO.END_OF_HEADER + "', arrays of primitives (each its length,"
                + " an int, then its elements; little-endian) in the order of Gazetteer.write");
        lines.stream().filter(line -> PROVENANCE.stream().anyMatch(line::startsWith)).forEach(header::add);
        compile(lines).write(header, new IndexIO.Out(out));
    }

    private static Gazetteer compile(List<String> lines) {
        // Folding a million names is most of the work: rows are parsed in parallel.
        Row[] rows = lines.parallelStream().filter(line -> !line.startsWith("#")).map(Row::of).toArray(Row[]::new);
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
        PlaceTable.Builder places = new PlaceTable.Builder();
        for (Row row : rows) {
            String[] f = row.fields();
            places.add(new Place(Long.parseLong(f[ID]), f[NAME], Double.parseDouble(f[LATITUDE]),
                    Double.parseDouble(f[LONGITUDE]), f[FEATURE_CLASS], f[FEATURE_CODE], f[COUNTRY],
                    countryNames.getOrDefault(f[COUNTRY], ""), f[ADMIN1],
                    admin1Names.getOrDefault(f[COUNTRY] + "." + f[ADMIN1], ""), f[ADMIN2_NAME],
                    Long.parseLong(f[POPULATION]), f[SOURCE]));
        }
        int maxNameTokens = Arrays.stream(rows).mapToInt(r -> r.names().maxTokens()).max().orElse(1);
        NameIndex strictIndex = NameIndex.of(Arrays.stream(rows).map(r -> r.names().strictKeys()).toArray(String[][]::new), true);
        NameIndex looseIndex = NameIndex.of(Arrays.stream(rows).map(r -> r.names().looseKeys()).toArray(String[][]::new), false);
        int[] primaryKeys = Arrays.stream(rows).map(r -> r.names().primaryKey())
                .mapToInt(key -> key.isEmpty() ? -1 : strictIndex.keyNumber(key)).toArray();
        PlaceTable table = places.build();
        return new Gazetteer(table, primaryKeys, Gazetteer.standings(table), strictIndex, looseIndex, maxNameTokens);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A TSV line split into its columns (the alternate names left out) and the keys of its names. */
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

    /** Splits a TSV line into its {@value #COLUMNS} fields; faster than a regular expression. */
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
