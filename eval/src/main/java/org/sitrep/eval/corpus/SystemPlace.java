package org.sitrep.eval.corpus;

/**
 * A place name the system found. Offsets are Unicode code points, end exclusive; lat/lon are null when the
 * system recognised the name but gave it no point (scored as unresolved).
 */
public record SystemPlace(int start, int end, String text, Double lat, Double lon) {
    boolean resolved() {
        return lat != null && lon != null;
    }
}
