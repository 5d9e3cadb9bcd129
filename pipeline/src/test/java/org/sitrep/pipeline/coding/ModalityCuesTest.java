package org.sitrep.pipeline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Modality;

class ModalityCuesTest {
    private final ModalityCues cues = ModalityCues.loadDefault();

    @Test
    void cuesRightBeforeTheTrigger() {
        assertEquals(Modality.NEGATED, cues.before("Kerry and Lavrov have failed to reach a "));
        assertEquals(Modality.NEGATED, cues.before("talks concluded without any "));
        assertEquals(Modality.PLANNED, cues.before("The next time they are likely to "));
        assertEquals(Modality.HYPOTHETICAL, cues.before("officials warned the militia could launch an "));
        assertEquals(Modality.ASSERTED, cues.before("This morning a series of "));
    }

    @Test
    void aCueInAnEarlierClauseDoesNotCount() {
        assertEquals(Modality.ASSERTED, cues.before("The talks did not resume, and on Monday rebels launched an "));
    }

    @Test
    void aThreatIsNeitherAFactNorAMerePossibility() {
        assertEquals(Modality.THREATENED, cues.before("The Houthis threatened to "));
        assertEquals(Modality.THREATENED, cues.before("the group vowed to carry out more "));
        assertEquals(Modality.THREATENED, cues.before("Al-Shabaab warned it would launch "));
        assertEquals(Modality.HYPOTHETICAL, cues.before("officials warned the militia could launch an "));
    }
}
