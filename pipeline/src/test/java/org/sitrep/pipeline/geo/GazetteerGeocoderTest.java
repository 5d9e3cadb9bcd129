package org.sitrep.pipeline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.ToponymFinder;
import org.sitrep.pipeline.text.Sentence;

/** The geocoder on the shipped gazetteer and abbreviation list. */
class GazetteerGeocoderTest {
    private static Gazetteer gazetteer;
    private static GazetteerGeocoder geocoder;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.loadDefault();
        geocoder = new GazetteerGeocoder(new ToponymFinder(gazetteer));
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
    void aLoneNameOfASentenceIsItsMostProminentNamesake() {
        // the shared country votes tie between every country with a namesake; the first-ranked reading breaks it
        assertEquals("IQ", named(places("Militants shot down a drone in Fallujah."), "Fallujah").place().countryCode());
        assertEquals("SY", named(places("A drone bombarded a school in Raqqa."), "Raqqa").place().countryCode());
    }

    @Test
    void aTownInItsContainerByCopula() {
        assertEquals("PT", named(places("Lagos is a town in Faro District, Portugal."), "Lagos").place().countryCode());
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
    void aProvinceNamedLikeTheCapitalIsMeantOnlyWithPlacesInIt() {
        assertEquals("PPLC", named(places("Talks resumed in Washington on Tuesday."), "Washington").place().featureCode());
        assertEquals("ADM1", named(places("Wildfires spread across Washington, reaching Spokane and Yakima."), "Washington")
                .place().featureCode());
    }

    @Test
    void demonymsAreNoPlaces() {
        Demonyms demonyms = new Demonyms(gazetteer);
        for (String word : List.of("Canadian", "Russians", "Mexican", "Chinese", "Lebanese", "Yemeni", "Floridian")) {
            assertTrue(demonyms.isDemonym(word, null), word);
        }
        assertTrue(demonyms.isDemonym("Lankan", "Sri"));
        for (String word : List.of("Jordan", "Michigan", "Milan", "Logan", "Haiti", "Tripoli")) {
            assertFalse(demonyms.isDemonym(word, null), word);
        }
        assertEquals(List.of("Toronto"), places("Canadian doctors flew from Toronto.").stream().map(PlaceMention::text).toList());
    }

    @Test
    void theDottedCountryAbbreviationIsAPlace() {
        assertEquals("US", named(places("Exports to the U.S. fell."), "U.S.").place().countryCode());
    }

    private static boolean has(List<PlaceMention> places, String text) {
        return places.stream().anyMatch(p -> p.text().equals(text));
    }

    @Test
    void personsAndTheirSurnamesAreNoPlaces() {
        List<PlaceMention> places = places("Police arrested Sheila D. Williams, 41, in Alexandria, Louisiana.",
                "Williams said the fight started at the house.", "Sheriff Beauregard Torres said the boy was booked.");
        assertTrue(has(places, "Alexandria"));
        assertFalse(has(places, "Williams"));
        assertFalse(has(places, "Beauregard"));
        // a name the report uses as a place's is no surname, and a county's name stays the county's
        assertTrue(has(places("The town was named after Frank D. Wilson.", "The mill in Wilson closed in 1920."), "Wilson"));
        assertTrue(has(places("It was named after George Washington.", "Washington County is a county in Maryland."),
                "Washington"));
        // a given name before a word that the finder reads as a place is no person's name: "Al Mayadin"
        assertTrue(has(places("Drones targeted a car belonging to the Islamic State in Al Mayadin city, killing the driver."), "Mayadin"));
    }

    @Test
    void streetsAreNoPlaces() {
        List<PlaceMention> places = places("The fire at 6016 Dublin Road spread to Memphis St. in Alexandria, Louisiana.");
        assertFalse(has(places, "Dublin"));
        assertFalse(has(places, "Memphis"));
        assertTrue(has(places, "Alexandria"));
        assertTrue(has(places("The crash closed Douglas County Road 4 near Alexandria, Minnesota."), "Douglas"));
    }

    @Test
    void anUndottedPostalCodeAfterAPlaceIsItsState() {
        List<PlaceMention> places = places("Police fire teargas in Ferguson, MO days after the shooting.");
        assertEquals("Missouri", named(places, "MO").place().name());
        assertEquals("MO", named(places, "Ferguson").place().admin1Code());
        assertFalse(has(places("MO said nothing."), "MO"));
    }

    @Test
    void americaAloneIsTheUnitedStates() {
        assertEquals("US", named(places("Measles is back in America."), "America").place().countryCode());
        assertFalse(places("Flights to South America resumed.").stream().anyMatch(p -> p.text().equals("America") && p.place().isCountry()));
    }
}
