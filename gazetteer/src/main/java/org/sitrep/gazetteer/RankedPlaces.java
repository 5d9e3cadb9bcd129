package org.sitrep.gazetteer;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A lookup's places, best first, as place numbers: a {@link Place} record is made when the list is first asked for
 * it ({@link PlaceTable#place}), not when the lookup ranks it. A common name matches hundreds of places, and the
 * toponym finder, which tries many spans, reads the first of each (is it notable? prominent?); making every
 * record of every lookup was a sixth of its time. Unmodifiable, like the lists it replaces; safe to share between
 * threads, as the table makes each record once and only final fields are read here.
 */
final class RankedPlaces extends AbstractList<Place> implements RandomAccess {
    private final PlaceTable places;
    private final int[] ranked;

    RankedPlaces(PlaceTable places, int[] ranked) {
        this.places = places;
        this.ranked = ranked;
    }

    @Override
    public Place get(int index) {
        return places.place(ranked[index]);
    }

    @Override
    public int size() {
        return ranked.length;
    }
}
