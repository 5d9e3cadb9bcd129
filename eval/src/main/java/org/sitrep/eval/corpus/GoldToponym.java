package org.sitrep.eval.corpus;

/**
 * A gold toponym of a geoparsing corpus: its span (Unicode code points, end exclusive) and gold point.
 *
 * @param geonameid the GeoNames id where the corpus gives one, else null
 */
public record GoldToponym(int start, int end, String name, double lat, double lon, Long geonameid) {
    public GoldToponym {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
