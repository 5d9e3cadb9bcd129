package org.sitrep.pipeline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.gazetteer.Place;

class PlaceAbbreviationsTest {
    private static final Place COUNTRY = new Place(1, "Testland", 0, 0, "A", "PCLI", "XX", "Testland", "", "", "", 0, Place.GEONAMES);
    private static final Place WEST = new Place(2, "West Province", 0, 0, "A", "ADM1", "XX", "Testland", "W", "West Province", "", 0,
            Place.GEONAMES);
    private static final Place SOUTH = new Place(3, "Southland", 0, 0, "A", "ADM1", "XX", "Testland", "S", "Southland", "", 0,
            Place.GEONAMES);

    private final PlaceAbbreviations abbreviations = new PlaceAbbreviations(Map.of(
            "T.L.", new PlaceAbbreviations.Entry(COUNTRY, PlaceAbbreviations.Where.ANY),
            "W.Pr.", new PlaceAbbreviations.Entry(WEST, PlaceAbbreviations.Where.ANY),
            "Pr.", new PlaceAbbreviations.Entry(SOUTH, PlaceAbbreviations.Where.ANY),
            "Miss.", new PlaceAbbreviations.Entry(SOUTH, PlaceAbbreviations.Where.AFTER_PLACE),
            "Testia", new PlaceAbbreviations.Entry(COUNTRY, PlaceAbbreviations.Where.ALONE),
            "TL", new PlaceAbbreviations.Entry(COUNTRY, PlaceAbbreviations.Where.AFTER_THE)));

    @Test
    void dottedAbbreviationsAreFoundWholeAndLongestFirst() {
        List<PlaceAbbreviations.Match> found = abbreviations.find("The T.L. envoy flew from W.Pr. to Oakton.");
        assertEquals(List.of("T.L.", "W.Pr."), found.stream().map(PlaceAbbreviations.Match::surface).toList());
        assertEquals(WEST, found.get(1).place());
        assertEquals("W.Pr.", "The T.L. envoy flew from W.Pr. to Oakton.".substring(found.get(1).start(), found.get(1).end()));
    }

    @Test
    void anAbbreviationThatIsAlsoAWordCountsOnlyAfterAPlaceAndAComma() {
        assertEquals(1, abbreviations.find("He lives in Oakton, Miss. and works there.").size());
        assertEquals(0, abbreviations.find("Miss. Smith was elected.").size());
    }

    @Test
    void notInsideLongerWords() {
        assertEquals(0, abbreviations.find("APr. 5 and XT.L. are codes.").size());
    }

    @Test
    void aShortNameCountsOnlyOutsideALongerName() {
        assertEquals(1, abbreviations.find("Protests spread across Testia's cities.").size());
        assertEquals(0, abbreviations.find("Flights to South Testia and the Bank of Testia resumed.").size());
    }

    @Test
    void anUndottedCountryAbbreviationCountsOnlyAfterThe() {
        assertEquals(1, abbreviations.find("Measles spread in the TL this year.").size());
        assertEquals(0, abbreviations.find("Rebels shot down a TL drone.").size());
    }
}
