package org.sitrep.pipeline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.text.Sentence;
import org.sitrep.temporal.MatchStarts;

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

    /** find tries each trigger only in sentences and at positions MatchStarts allows: the same matches as Matcher.find. */
    @Test
    void everyTriggerIsTriedOnlyAtWordStartsAndFindsTheSame() {
        List<String> texts = List.of(
                "Two car-bombs and a VBIED exploded; air strikes, airstrikes and AIR RAIDS hit Idlib, killing 12.",
                "Rebels retook the town, which fell to IS; shelling (mortars, rockets) and barrel-bombs; re-took, sit-ins.",
                "Drones dropped two bombs; a drone operated by the army; protesters were shot at; tear gas, rape-seed oil.",
                "x-bomb 3bombs bombastic metre shelving \u00e9bomb \u212Aidnapped kidnapped \u00c9xplosions.");
        for (TriggerRule rule : lexicon.rules()) {
            MatchStarts starts = MatchStarts.of(rule.pattern());
            assertFalse(starts.mayStartAt("a b", 1), rule.pattern().pattern());
            for (String text : texts) {
                List<String> expected = new ArrayList<>();
                Matcher plain = rule.pattern().matcher(text);
                while (plain.find()) {
                    expected.add(plain.start() + "-" + plain.end());
                }
                List<String> actual = new ArrayList<>();
                Matcher filtered = rule.pattern().matcher(text);
                boolean mayMatch = starts.mayMatch(new MatchStarts.Words(text));
                for (int from = 0; mayMatch && from <= text.length() && starts.find(filtered, text, from); from = MatchStarts.after(filtered)) {
                    actual.add(filtered.start() + "-" + filtered.end());
                }
                assertEquals(expected, actual, rule.pattern() + " in: " + text);
            }
        }
    }
}
