package org.sitrep.pipeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.text.PhraseMatcher.Match;
import org.sitrep.pipeline.text.PhraseMatcher.Phrase;

class PhraseMatcherTest {
    private final PhraseMatcher<String> matcher = new PhraseMatcher<>(List.of(
            new Phrase<>("Jabhat Fateh al-Sham", false, "jfs"),
            new Phrase<>("Assad's forces", false, "regime"),
            new Phrase<>("IS", true, "is"),
            new Phrase<>("Islamic State", false, "is")));

    private List<String> found(String text) {
        return matcher.find(text).stream().map(m -> m.phrase().value() + "=" + m.text()).toList();
    }

    @Test
    void spacesHyphensAndApostrophesAreWrittenManyWays() {
        assertEquals(List.of("jfs=Jabhat Fateh al Sham"), found("fighters of Jabhat Fateh al Sham attacked"));
        assertEquals(List.of("jfs=Jabhat  Fateh\nal-Sham"), found("Jabhat  Fateh\nal-Sham"));
        assertEquals(List.of("regime=Assad’s forces"), found("Assad’s forces shelled the town"));
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "Yesterday  Jabhat - Fateh al Sham and the Islamic State-backed cell";
        List<Match<String>> matches = matcher.find(text);
        assertEquals(2, matches.size());
        for (Match<String> m : matches) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
        assertEquals("Islamic State", matches.get(1).text());
    }

    @Test
    void wholeWordsAndCaseWhereThePhraseAsksForIt() {
        assertEquals(List.of(), found("This is it"));
        assertEquals(List.of("is=IS"), found("IS claimed it"));
        assertEquals(List.of(), found("Islamic Statehood"));
    }
}
