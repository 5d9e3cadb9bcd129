package org.sitrep.pipeline.geo;

import java.util.List;
import org.sitrep.pipeline.text.Sentence;

/** Stage: place names of a document found and resolved, with the country the report is about. */
public interface Geocoder {

    /** @param focusCountry ISO alpha-2 of the country most places of the report lie in; null when none was found */
    record GeoAnalysis(List<PlaceMention> places, String focusCountry) {
        public GeoAnalysis {
            places = List.copyOf(places);
        }
    }

    GeoAnalysis geocode(List<Sentence> sentences);
}
