package org.sitrep.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gazetteer's places as columns of primitive arrays, each text field but the name as a number into one
 * table of distinct values; a {@link Place} record is made the first time a lookup returns the place and kept.
 * Seven hundred thousand records with their strings, made at load, were most of the load time and of the heap,
 * and a run of a few thousand reports returns a few thousand of them.
 */
final class PlaceTable {
    private final String[] values;
    private final long[] ids;
    private final double[] latitudes;
    private final double[] longitudes;
    private final long[] populations;
    /** Per place, numbers into {@link #values}. */
    private final char[] featureClasses, featureCodes, countryCodes, countryNames, admin1Codes, admin1Names, admin2Names,
            sources;
    /** Name of place p, UTF-8: {@code names[nameStarts[p] .. nameStarts[p + 1])}. */
    private final int[] nameStarts;
    private final byte[] names;
    /**
     * Records already made. Written without a lock: a {@link Place} has only final fields, so a thread that
     * reads a slot another has just filled sees a whole record, or null and makes an equal one.
     */
    private final Place[] made;

    private PlaceTable(String[] values, long[] ids, double[] latitudes, double[] longitudes, long[] populations,
                       char[][] codes, int[] nameStarts, byte[] names) {
        this.values = values;
        this.ids = ids;
        this.latitudes = latitudes;
        this.longitudes = longitudes;
        this.populations = populations;
        this.featureClasses = codes[0];
        this.featureCodes = codes[1];
        this.countryCodes = codes[2];
        this.countryNames = codes[3];
        this.admin1Codes = codes[4];
        this.admin1Names = codes[5];
        this.admin2Names = codes[6];
        this.sources = codes[7];
        this.nameStarts = nameStarts;
        this.names = names;
        this.made = new Place[ids.length];
    }

    int size() {
        return ids.length;
    }

    Place place(int p) {
        Place place = made[p];
        if (place == null) {
            place = new Place(ids[p], new String(names, nameStarts[p], nameStarts[p + 1] - nameStarts[p], StandardCharsets.UTF_8),
                    latitudes[p], longitudes[p], featureClass(p), featureCode(p), countryCode(p), values[countryNames[p]],
                    admin1Code(p), values[admin1Names[p]], values[admin2Names[p]], populations[p], source(p));
            made[p] = place;
        }
        return place;
    }

    long id(int p) {
        return ids[p];
    }

    long population(int p) {
        return populations[p];
    }

    String featureClass(int p) {
        return values[featureClasses[p]];
    }

    String featureCode(int p) {
        return values[featureCodes[p]];
    }

    String countryCode(int p) {
        return values[countryCodes[p]];
    }

    String admin1Code(int p) {
        return values[admin1Codes[p]];
    }

    String source(int p) {
        return values[sources[p]];
    }

    void write(IndexIO.Out out) throws IOException {
        out.writeInt(values.length);
        for (String value : values) {
            out.chars(value.toCharArray());
        }
        out.longs(ids);
        out.doubles(latitudes);
        out.doubles(longitudes);
        out.longs(populations);
        for (char[] column : new char[][] {featureClasses, featureCodes, countryCodes, countryNames, admin1Codes,
                admin1Names, admin2Names, sources}) {
            out.chars(column);
        }
        out.ints(nameStarts);
        out.bytes(names);
    }

    static PlaceTable read(IndexIO.In in) throws IOException {
        String[] values = new String[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = new String(in.chars());
        }
        long[] ids = in.longs();
        double[] latitudes = in.doubles();
        double[] longitudes = in.doubles();
        long[] populations = in.longs();
        char[][] codes = new char[8][];
        for (int c = 0; c < codes.length; c++) {
            codes[c] = in.chars();
        }
        return new PlaceTable(values, ids, latitudes, longitudes, populations, codes, in.ints(), in.bytes());
    }

    /** Collects the places in order, at build time. */
    static final class Builder {
        private final Map<String, Character> valueNumbers = new HashMap<>();
        private final List<String> values = new ArrayList<>();
        private final List<Place> places = new ArrayList<>();

        void add(Place place) {
            places.add(place);
        }

        PlaceTable build() {
            int n = places.size();
            long[] ids = new long[n];
            double[] latitudes = new double[n];
            double[] longitudes = new double[n];
            long[] populations = new long[n];
            char[][] codes = new char[8][n];
            int[] nameStarts = new int[n + 1];
            List<byte[]> names = new ArrayList<>(n);
            for (int p = 0; p < n; p++) {
                Place place = places.get(p);
                ids[p] = place.id();
                latitudes[p] = place.latitude();
                longitudes[p] = place.longitude();
                populations[p] = place.population();
                String[] fields = {place.featureClass(), place.featureCode(), place.countryCode(), place.countryName(),
                        place.admin1Code(), place.admin1Name(), place.admin2Name(), place.source()};
                for (int c = 0; c < fields.length; c++) {
                    codes[c][p] = number(fields[c]);
                }
                byte[] name = place.name().getBytes(StandardCharsets.UTF_8);
                names.add(name);
                nameStarts[p + 1] = nameStarts[p] + name.length;
            }
            byte[] nameBytes = new byte[nameStarts[n]];
            for (int p = 0; p < n; p++) {
                System.arraycopy(names.get(p), 0, nameBytes, nameStarts[p], names.get(p).length);
            }
            return new PlaceTable(values.toArray(String[]::new), ids, latitudes, longitudes, populations, codes,
                    nameStarts, nameBytes);
        }

        private char number(String value) {
            return valueNumbers.computeIfAbsent(value, v -> {
                if (values.size() > Character.MAX_VALUE) {
                    throw new IllegalStateException("more than 65,536 distinct field values: widen the columns");
                }
                values.add(v);
                return (char) (values.size() - 1);
            });
        }
    }
}
