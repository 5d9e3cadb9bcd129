package org.sitrep.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceTimesTest {

    @Test
    void readsALineThatIsOnlyADate() {
        assertEquals(Optional.of(LocalDateTime.of(2016, 9, 5, 0, 0)),
                ReferenceTimes.fromText("Bombs kill dozens\n\nSeptember 5, 2016\nAftermath of bombings this morning."));
    }

    @Test
    void readsALabelledPublicationTime() {
        assertEquals(Optional.of(LocalDateTime.of(2016, 9, 5, 9, 0)),
                ReferenceTimes.fromText("Title\nPublished: 5 Sep 2016 09:00\nBody text on 3 May 2015 follows."));
    }

    @Test
    void readsAWireDatelineWithTheYearFromTheHeader() {
        assertEquals(Optional.of(LocalDateTime.of(2016, 9, 5, 0, 0)),
                ReferenceTimes.fromText("Syria talks fail (c) 2016 Reuters\nBEIRUT, Sept 5 (Reuters) - Talks failed."));
    }

    @Test
    void needsAYearForADateline() {
        assertEquals(Optional.empty(), ReferenceTimes.fromText("BEIRUT, Sept 5 (Reuters) - Talks failed on Monday."));
    }

    @Test
    void ignoresDatesInsideSentences() {
        assertEquals(Optional.empty(), ReferenceTimes.fromText("The town fell on 5 September 2016 after a siege."));
    }
}
