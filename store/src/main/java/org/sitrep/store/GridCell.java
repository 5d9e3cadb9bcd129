package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A 0.1-degree grid over the Earth (about 11 km north-south): the cells around a place hold every stored incident
 * within the merge distance of it, so finding merge candidates is a few short index scans, portable to both engines.
 */
final class GridCell {
    private static final double SIZE = 0.1;
    private static final long COLUMNS = 3600;

    private GridCell() {
    }

    /** The cell of a point, or null without coordinates. */
    static Long of(Object latitude, Object longitude) {
        if (!(latitude instanceof Number lat) || !(longitude instanceof Number lon)) {
            return null;
        }
        return row(lat.doubleValue()) * COLUMNS + column(lon.doubleValue());
    }

    /** The cells within {@code km} of a point (its own and its neighbours, wrapping at the antimeridian). */
    static List<Long> around(double latitude, double longitude, double km) {
        int rows = (int) Math.ceil(km / 111.0 / SIZE);
        int columns = (int) Math.ceil(km / (111.0 * Math.max(0.05, Math.cos(Math.toRadians(latitude)))) / SIZE);
        List<Long> cells = new ArrayList<>();
        long centreRow = row(latitude);
        long centreColumn = column(longitude);
        for (long r = centreRow - rows; r <= centreRow + rows; r++) {
            for (long c = centreColumn - columns; c <= centreColumn + columns; c++) {
                cells.add(r * COLUMNS + Math.floorMod(c, COLUMNS));
            }
        }
        return cells;
    }

    private static long row(double latitude) {
        return (long) Math.floor((latitude + 90) / SIZE);
    }

    private static long column(double longitude) {
        return Math.floorMod((long) Math.floor((longitude + 180) / SIZE), COLUMNS);
    }
}
