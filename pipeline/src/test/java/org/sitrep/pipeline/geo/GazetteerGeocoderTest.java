package org.sitrep.pipeline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.ToponymFinder;
import org.sitrep.pipeline.text.Sentence;

/** The geocoder on the shipped gazetteer and abbreviation list. */
class GazetteerGeocoderTest {
    private static GazetteerGeocoder geocoder;

    @BeforeAll
    static void load() {
        geocoder = new GazetteerGeocoder(new ToponymFinder(Gazetteer.loadDefault()));
    }

    /** One sentence per line, offsets as in one document. */
    private static List<PlaceMention> places(String... lines) {
        List<Sentence> sentences = new ArrayList<>();
        int offset = 0;
        for (String line : lines) {
            sentences.add(new Sentence(sentences.size(), offset, offset + line.length(), line, List.of(), 0));
            offset += line.length() + 1;
        }
        return geocoder.geocode(sentences).places();
    }

    private static PlaceMention named(List<PlaceMention> places, String text) {
        return places.stream().filter(p -> p.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text + " not found in " + places));
    }

    @Test
    void aFollowingCountryOrStateSaysWhichNamesakeIsMeant() {
        assertEquals("US", named(places("The fair opened in Madrid, Iowa, on Saturday."), "Madrid").place().countryCode());
        assertEquals("PT", named(places("The ferry reached Lagos, Portugal, at dawn."), "Lagos").place().countryCode());
    }

    @Test
    void aStateAbbreviationIsAPlaceAndPlacesTheTownBeforeIt() {
        List<PlaceMention> places = places("A storm hit Florence, Ala., overnight.");
        assertEquals("AL", named(places, "Florence").place().admin1Code());
        assertEquals("Alabama", named(places, "Ala.").place().name());
    }

    @Test
    void aDistrictNamedInTheReportPicksTheVillageInIt() {
        List<PlaceMention> places = places("Drones struck Oktwin (Oktwin township, Taungoo district, Bago region) on Monday.");
        assertEquals("Bago Region", named(places, "Oktwin").place().admin1Name());
    }

    @Test
    void theCountryAbbreviationIsAPlaceButNotThePronounInCapitals() {
        assertEquals("US", named(places("Exports to the US fell."), "US").place().countryCode());
        assertEquals(List.of(), places("PLEASE HELP US"));
    }
}
