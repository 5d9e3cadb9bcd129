package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActorNamesTest {
    private final ActorNames names = ActorNames.load();

    @Test
    void gtdAndAcledNamesOfOneGroupMatchThroughTheAliasTable() {
        assertTrue(names.sameActor("Islamic State of Iraq and the Levant (ISIL)", "Islamic State (Syria)"));
        assertTrue(names.sameActor("Houthi extremists (Ansar Allah)", "Houthis"));
        assertTrue(names.sameActor("Al-Qaida in the Arabian Peninsula (AQAP)", "AQAP: Al Qaeda in the Arabian Peninsula"));
    }

    @Test
    void caseAndPunctuationDoNotMatterAndContainmentWorksEitherWay() {
        assertTrue(names.sameActor("PKK: Kurdistan Workers Party", "Kurdistan Workers' Party"));
        assertTrue(names.sameActor("Military Forces of Syria (2000-)", "military forces of syria"));
        assertTrue(names.sameActor("Taliban", "TALIBAN"));
    }

    @Test
    void differentGroupsAndPartialWordsDoNotMatch() {
        assertFalse(names.sameActor("Free Syrian Army", "Islamic State (Syria)"));
        assertFalse(names.sameActor("Hamas", "Hamasa Brigade"));
        assertFalse(names.sameActor("Taliban", null));
    }

    @Test
    void normalisationDropsAccentsApostrophesAndPunctuation() {
        assertEquals("hayat tahrir al sham hts", ActorNames.normalise("Hay'at Taḥrīr al-Shām (HTS)"));
    }
}
