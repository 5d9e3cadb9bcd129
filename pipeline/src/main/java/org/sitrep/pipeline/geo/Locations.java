package org.sitrep.pipeline.geo;

import org.sitrep.gazetteer.CountryCodes;
import org.sitrep.gazetteer.Place;
import org.sitrep.model.Location;

/** ACLED location columns from a gazetteer place. */
public final class Locations {
    private final CountryCodes countryCodes;

    public Locations(CountryCodes countryCodes) {
        this.countryCodes = countryCodes;
    }

    public Location of(Place place, int geoPrecision) {
        // WOF rows that are GeoNames records keep their GeoNames id
        Long geonameId = place.id() > 0 ? place.id() : null;
        String admin1 = place.isCountry() ? null : place.admin1Name();
        String admin2 = place.isCountry() || place.isAdmin1() ? null : place.admin2Name();
        return new Location(place.name(), countryCodes.numeric(place.countryCode()), place.countryCode(), place.countryName(),
                admin1, admin2, null, place.latitude(), place.longitude(), geoPrecision, geonameId);
    }

    public Location of(PlaceMention mention) {
        return of(mention.place(), mention.geoPrecision());
    }
}
