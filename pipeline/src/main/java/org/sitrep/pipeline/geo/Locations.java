package org.sitrep.pipeline.geo;

import org.sitrep.gazetteer.Place;
import org.sitrep.model.Location;

/** ACLED location columns from a gazetteer place. */
public final class Locations {
    private Locations() {
    }

    public static Location of(Place place, int geoPrecision) {
        Long geonameId = "geonames".equals(place.source()) ? place.id() : null;
        String admin1 = place.isCountry() ? null : place.admin1Name();
        String admin2 = place.isCountry() || place.isAdmin1() ? null : place.admin2Name();
        return new Location(place.name(), place.countryCode(), place.countryName(), admin1, admin2, null,
                place.latitude(), place.longitude(), geoPrecision, geonameId);
    }

    public static Location of(PlaceMention mention) {
        return of(mention.place(), mention.geoPrecision());
    }
}
