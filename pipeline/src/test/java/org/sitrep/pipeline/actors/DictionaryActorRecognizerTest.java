package org.sitrep.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.text.Sentence;

class DictionaryActorRecognizerTest {
    private final ActorRecognizer recognizer = new DictionaryActorRecognizer(ActorDictionary.loadDefault());

    private List<String> keys(String text, String focus) {
        return recognizer.recognize(new Sentence(0, 0, text.length(), text, List.of(), 0), focus).stream()
                .map(m -> m.text() + "=" + m.actor().key()).toList();
    }

    @Test
    void adjectivesAndGroupNamesAreNormalised() {
        assertEquals(List.of("Russian=russia", "regime=syrian-government"), keys("continued Russian and regime air strikes", "SY"));
        assertEquals(List.of("ISIS=islamic-state"), keys("ISIS is reported to have taken responsibility", "SY"));
        assertEquals(List.of("regime-allied forces=syrian-government"), keys("as regime-allied forces retook the school", "SY"));
    }

    @Test
    void ambiguousFormsTakeTheFocusCountry() {
        assertEquals(List.of("government forces=syrian-government"), keys("government forces shelled the town", "SY"));
        assertEquals(List.of("government forces=yemen-government"), keys("government forces shelled the town", "YE"));
    }

    @Test
    void aCountryOrCapitalIsAnActorOnlyWhenItActs() {
        assertEquals(List.of("US=usa", "Russia=russia"), keys("talks between the US and Russia concluded", "SY"));
        assertEquals(List.of(), keys("home to Russia's naval base, in Russia", "SY"), "a locative preposition makes it a place");
        assertEquals(List.of("Washington=usa"), keys("with Washington accusing the regime's forces", "SY").subList(0, 1));
        assertEquals(List.of(), keys("a meeting in Washington", "SY"));
        assertEquals(List.of(), keys("the Washington summit ended", "SY"), "a city needs a verb of saying or acting");
    }

    @Test
    void shortCodesMatchOnlyInCapitals() {
        assertEquals(List.of(), keys("this is the place", "SY"));
        assertEquals(List.of("IS=islamic-state"), keys("IS fighters attacked", "IQ"));
    }

    @Test
    void sourcesAreNotParties() {
        assertEquals(List.of(), keys("pro-regime sources reported", "SY"));
    }
}
