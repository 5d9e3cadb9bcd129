package org.sitrep.pipeline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.text.Sentence;

class EventLexiconTest {
    private final Taxonomy taxonomy = Taxonomy.loadDefault();
    private final EventLexicon lexicon = EventLexicon.loadDefault(taxonomy);

    private List<String> subTypes(String text) {
        return lexicon.find(new Sentence(0, 0, text.length(), text, List.of(), 0)).stream()
                .map(t -> t.rule().subEventType()).toList();
    }

    @Test
    void theTaxonomyHasAcledsSixTypesAndTwentyFiveSubTypes() {
        assertEquals(25, taxonomy.size());
        Set<String> covered = lexicon.rules().stream().map(TriggerRule::subEventType).collect(Collectors.toSet());
        long subTypesWithATrigger = covered.stream().filter(taxonomy::knows).count()
                + (covered.contains(TriggerRule.TERRITORY) ? 2 : 0);
        assertEquals(25, subTypesWithATrigger, "every ACLED sub-event type has at least one trigger");
    }

    @Test
    void theLongestTriggerWins() {
        assertEquals(List.of("Remote explosive/landmine/IED", "Remote explosive/landmine/IED"), subTypes("two car bombs were detonated"));
        assertEquals(List.of("Suicide bomb"), subTypes("a suicide car bomber"));
        assertEquals(List.of("Air/drone strike"), subTypes("Russian air strikes hit the town"));
        assertEquals(List.of("TERRITORY"), subTypes("regime forces retook the school"));
        assertEquals(List.of("Air/drone strike"), subTypes("militants targeted the houses with three suicide-drones"));
    }

    @Test
    void wordsInsideOtherWordsAreNotTriggers() {
        assertTrue(subTypes("the bombastic speech").isEmpty());
        assertTrue(subTypes("the new anti-drone system").isEmpty(), "a hyphenated modifier is no trigger");
        assertTrue(subTypes("a metre of shelving").isEmpty());
    }
}
