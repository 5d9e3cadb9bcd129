package org.sitrep.pipeline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.ToponymFinder;

/** Lower-case and hashtag names on the shipped gazetteer and common words. */
class CaseFreeNamesTest {
    private static CaseFreeNames names;

    @BeforeAll
    static void load() {
        names = CaseFreeNames.load(Gazetteer.loadDefault());
    }

    private static List<String> surfaces(String text) {
        return names.find(text, List.of()).stream().map(ToponymFinder.Toponym::surface).toList();
    }

    @Test
    void countriesAndStatesInLowerCase() {
        assertEquals(List.of("malaysia", "nigeria"), surfaces("Outbreak feared in malaysia #nigeria"));
        // English words that name places, addresses and handles are no places
        assertEquals(List.of(), surfaces("roast turkey with china plates in the central hall"));
        assertEquals(List.of(), surfaces("see http://t.co/nigeria and @malaysia"));
    }

    @Test
    void placesInsideHashtags() {
        assertEquals(List.of("Gaza", "NewYork"), surfaces("#GazaUnderAttack protest #NewYork"));
        // a hashtag of one word is the finder's; an English word inside a hashtag is no place
        assertEquals(List.of(), surfaces("#Syria #StopTheWar"));
    }

    @Test
    void aNameTheFinderFoundIsNotFoundTwice() {
        ToponymFinder.Toponym found = new ToponymFinder.Toponym(0, 8, "malaysia", List.of(), false);
        assertEquals(List.of(), names.find("malaysia", List.of(found)));
    }
}
