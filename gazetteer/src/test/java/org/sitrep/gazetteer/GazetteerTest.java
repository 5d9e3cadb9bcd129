package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sitrep.gazetteer.ToponymFinder.Toponym;

/** Runs against the real compiled resource; loading it once per class keeps the suite quick. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GazetteerTest {

    private Gazetteer gazetteer;
    private ToponymFinder finder;

    @BeforeAll
    void load() {
        long started = System.nanoTime();
        gazetteer = Gazetteer.loadDefault();
        System.out.printf("gazetteer: %d places loaded in %d ms (%d CPUs)%n", gazetteer.size(),
                (System.nanoTime() - started) / 1_000_000, Runtime.getRuntime().availableProcessors());
        finder = new ToponymFinder(gazetteer);
    }

    private static Place top(Toponym toponym) {
        return toponym.candidates().get(0);
    }

    private static List<String> surfaces(List<Toponym> toponyms) {
        return toponyms.stream().map(Toponym::surface).toList();
    }

    private static void assertNear(double latitude, double longitude, Place place) {
        assertEquals(latitude, place.latitude(), 0.02, place.toString());
        assertEquals(longitude, place.longitude(), 0.02, place.toString());
    }

    private Place topCandidate(String surface) {
        List<Place> candidates = gazetteer.candidates(surface);
        assertFalse(candidates.isEmpty(), "no candidates for " + surface);
        return candidates.get(0);
    }

    /**
     * The finder builds the key of a span of ASCII tokens from its tokens' keys, an article's left out but for the
     * last token's, instead of folding the surface: on random texts of words, articles (in any case, with
     * apostrophes), digits and the spellings the folding changes, joined by spaces and hyphens, every span's key is
     * {@link NameFolder#key} of its surface.
     */
    @Test
    void spanKeysAreTheKeysOfTheirSurfaces() {
        String[] words = {"al", "Al", "AL", "el", "As", "ash", "Ad", "adh", "Ez", "a'l", "A`l", "a'd'h", "An", "the",
                "Deir", "DEIR", "Zor", "Raqqah", "Raqqa", "Khan", "Shaykhoun", "Ma'arrat", "Nu'man", "Bab", "Hawa",
                "Qamishli", "Tall", "Sheikh", "Phalluja", "Djibouti", "Rock", "Sinjar", "Route", "66", "4th", "Aa",
                "Eel", "Ooh", "Thh", "I", "a", "H", "Ah", "Aah"};
        char[] gaps = {' ', ' ', '-', '\u2010', '\u2011'};
        Random random = new Random(11);
        int spans = 0;
        for (int trial = 0; trial < 3_000; trial++) {
            int count = 1 + random.nextInt(6);
            StringBuilder text = new StringBuilder();
            int[] starts = new int[count];
            int[] ends = new int[count];
            for (int t = 0; t < count; t++) {
                if (t > 0) {
                    text.append(gaps[random.nextInt(gaps.length)]);
                }
                starts[t] = text.length();
                text.append(words[random.nextInt(words.length)]);
                ends[t] = text.length();
            }
            ToponymFinder.Reading reading = finder.new Reading(text.toString());
            for (int first = 0; first < count; first++) {
                for (int end = first; end < count; end++) {
                    reading.spanKey(first, end);
                    assertEquals(NameFolder.key(text.substring(starts[first], ends[end])), reading.spanKeyString(),
                            text + " [" + first + ".." + end + "]");
                    spans++;
                }
            }
        }
        assertTrue(spans > 20_000, "spans: " + spans);
    }

    @Test
    void findsSyrianCitiesInCompoundsAndLists() {
        String text = "This morning a series of bombs went off in regime held Tartus, Homs and a suburb of Damascus,"
                + " as well as YPG-controlled Hasakah.";
        List<Toponym> found = finder.find(text);
        assertEquals(List.of("Tartus", "Homs", "Damascus", "Hasakah"), surfaces(found));
        for (Toponym toponym : found) {
            assertEquals(toponym.surface(), text.substring(toponym.start(), toponym.end()));
            assertEquals("SY", top(toponym).countryCode(), toponym.surface());
            assertTrue(top(toponym).isPopulatedPlace(), toponym.surface());
        }
        assertEquals(163345, top(found.get(0)).id(), "Ţarţūs");
        assertEquals("PPLC", top(found.get(2)).featureCode(), "Damascus");
        assertEquals(173811, top(found.get(3)).id(), "Al Ḩasakah");
        assertEquals("Al-Hasakah", top(found.get(3)).admin1Name());
    }

    @Test
    void findsTransliteratedTownNames() {
        List<Toponym> found = finder.find("battering the rebel-held towns of Maraat al-Numan and Saraqib");
        assertEquals(List.of("Maraat al-Numan", "Saraqib"), surfaces(found));
        assertNear(35.648, 36.672, top(found.get(0)));
        assertNear(35.864, 36.801, top(found.get(1)));
    }

    @Test
    void provinceWordPutsTheAdmin1AreaFirst() {
        for (String text : List.of("air strikes in the Idlib province", "the province of Idlib was hit",
                "shelling across Idlib's countryside")) {
            List<Toponym> found = finder.find(text);
            assertEquals(List.of("Idlib"), surfaces(found), text);
            Place place = top(found.get(0));
            assertTrue(place.isAdmin1(), text);
            assertEquals(place, gazetteer.admin1("SY", "12").orElseThrow());
        }
        assertTrue(top(finder.find("fighting in Idlib").get(0)).isPopulatedPlace(), "bare Idlib is the city");
    }

    @Test
    void skipsPersonsAndFindsCityAndCountry() {
        List<Toponym> found = finder.find("Kerry and Lavrov had held a meeting at the G20 summit in Hangzhou, China");
        assertEquals(List.of("Hangzhou", "China"), surfaces(found));
        assertEquals("CN", top(found.get(0)).countryCode());
        assertTrue(top(found.get(0)).isPopulatedPlace());
        assertTrue(top(found.get(1)).isCountry());
        assertEquals(gazetteer.country("CN").orElseThrow(), top(found.get(1)));
    }

    @Test
    void personalTitlesAndCommonWordsAreNotPlaces() {
        assertEquals(List.of("Aleppo"), surfaces(finder.find("President Assad met General Said in Aleppo.")));
        assertEquals(List.of(), surfaces(finder.find("In May, Reading and Mobile were quiet. Syrian forces left.")));
        assertEquals(List.of("Syria", "UK"), surfaces(finder.find("As Syria burned, the UK stayed out.")));
    }

    @Test
    void englishWordsInNamesAndGivenNamesAreNotPlaces() {
        assertEquals(List.of("Manila"), surfaces(finder.find(
                "The Commerce Department said Street Tornado teams were in Manila.")));
        assertEquals(List.of("Ohio"), surfaces(finder.find("Officers said Kevin Jones had moved to Ohio.")));
        List<Toponym> county = finder.find("Deputies from Henry County arrived.");
        assertEquals(List.of("Henry"), surfaces(county));
        assertTrue(top(county.get(0)).isAdmin2(), "a division word keeps an English word a place");
    }

    @Test
    void continentsAndCountriesSitAtTheirConventionalPoints() {
        List<Toponym> found = finder.find("Cases rose in West Africa, Kenya and Asia.");
        assertEquals(List.of("Africa", "Kenya", "Asia"), surfaces(found));
        assertTrue(top(found.get(0)).isContinent());
        assertNear(1, 38, top(found.get(1))); // the Factbook's point, 54 km from the mainland's centre
        assertTrue(top(found.get(2)).isContinent());
    }

    @Test
    void areasFarFromTheirConventionalPointSitAtTheirMainlandsCentre() {
        // The Factbook's 38 N 97 W lies 210 km from the centre of the 48 contiguous states (Lebanon, Kansas).
        Place unitedStates = gazetteer.country("US").orElseThrow();
        assertEquals(39.8, unitedStates.latitude(), 1.0, unitedStates.toString());
        assertEquals(-98.6, unitedStates.longitude(), 1.0, unitedStates.toString());
        // Texas at the centre of its polygon, not drawn east towards Houston and Dallas by the mean of its towns.
        Place texas = gazetteer.admin1("US", "TX").orElseThrow();
        assertEquals(31.4, texas.latitude(), 0.5, texas.toString());
        assertEquals(-99.3, texas.longitude(), 0.5, texas.toString());
    }

    @Test
    void resolvesWellKnownPlacesWorldwide() {
        List<Toponym> found = finder.find("Talks moved from Geneva to New York.");
        assertEquals(List.of("Geneva", "New York"), surfaces(found));
        assertEquals(List.of("CH", "US"), found.stream().map(t -> top(t).countryCode()).toList());
        assertEquals("CH", topCandidate("Geneva").countryCode());
        assertEquals("US", topCandidate("New York").countryCode());
        assertEquals("UA", topCandidate("Kramatorsk").countryCode());
        assertEquals("UA", topCandidate("Mariupol").countryCode());
        assertEquals("SO", topCandidate("Mogadishu").countryCode());
        assertEquals("NG", topCandidate("Maiduguri").countryCode());
        for (String spelling : List.of("Kandahar", "Qandahar")) {
            Place kandahar = topCandidate(spelling);
            assertEquals("AF", kandahar.countryCode(), spelling);
            assertEquals("PPLA", kandahar.featureCode(), spelling);
        }
    }

    @Test
    void matchesVariantSpellingsOfSyrianCities() {
        for (String spelling : List.of("Hasakah", "Al-Hasakah", "Al Hasakeh", "Hassakeh")) {
            assertEquals(173811, topCandidate(spelling).id(), spelling);
        }
        for (String spelling : List.of("Deir ez-Zor", "Deir al-Zour", "Dayr az Zawr")) {
            Place deir = topCandidate(spelling);
            assertEquals("SY", deir.countryCode(), spelling);
            assertEquals("PPLA", deir.featureCode(), spelling);
        }
        assertEquals(topCandidate("Ar Raqqah"), topCandidate("Raqqa"));
        assertEquals(topCandidate("Tartus"), topCandidate("Tartous"));
    }

    @Test
    void findsPlacesInTheOtherConflictCountries() {
        List<Toponym> found = finder.find("Shelling hit Kramatorsk. A bomb exploded in Kandahar, and fighters"
                + " attacked Mogadishu and Maiduguri.");
        assertEquals(List.of("Kramatorsk", "Kandahar", "Mogadishu", "Maiduguri"), surfaces(found));
        assertEquals(List.of("UA", "AF", "SO", "NG"), found.stream().map(t -> top(t).countryCode()).toList());
    }

    @Test
    void fuzzyMatchCatchesAMisspelling() {
        assertEquals("UA", topCandidate("Kramatrosk").countryCode());
    }

    @Test
    void anEnglishWordMatchedOnlyApproximatelyIsNoPlace() {
        // each is near some place's name (a loose or fuzzy match) but is the English word
        for (String word : List.of("Association", "Division", "Weather", "Manager")) {
            assertFalse(gazetteer.candidates(word).isEmpty(), word);
            assertTrue(gazetteer.strictCandidates(word).isEmpty(), word);
        }
        assertEquals(List.of(), surfaces(finder.find("A spokesman for the Association said the Division and the Weather Manager agreed.")));
        // a misspelt town that is no English word keeps its fuzzy match, and a place named by an English word its exact one
        List<Toponym> found = finder.find("Shelling hit Kramatrosk. Police in Buffalo said so.");
        assertEquals(List.of("Kramatrosk", "Buffalo"), surfaces(found));
        assertTrue(found.get(0).approximate());
        assertFalse(found.get(1).approximate());
    }

    @Test
    void anAcronymIsNoVillageThatSharesItsLetters() {
        assertFalse(gazetteer.candidates("HIV").isEmpty(), "Khiv's alternate name");
        assertEquals(List.of(), surfaces(finder.find("Cases of HIV rose, the FAO said in Rome on Monday.")).stream()
                .filter(s -> !s.equals("Rome")).toList());
        assertEquals(List.of("Rome"), surfaces(finder.find("Cases of HIV rose, the FAO said in Rome on Monday.")));
    }

    @Test
    void aContractionIsNoPlace() {
        assertEquals(List.of("Rome"), surfaces(finder.find("I'm sure we'll be back, I've said in Rome.")));
    }

    @Test
    void countryAndAdmin1Lookups() {
        Place syria = gazetteer.country("SY").orElseThrow();
        assertEquals("Syria", syria.name());
        assertTrue(syria.isCountry());
        Place idlib = gazetteer.admin1("SY", "12").orElseThrow();
        assertEquals("Idlib", idlib.name());
        assertEquals("Syria", idlib.countryName());
        assertTrue(gazetteer.country("XX").isEmpty());
        assertTrue(gazetteer.size() > 700_000);
        assertTrue(gazetteer.maxNameTokens() >= 4);
    }
}
