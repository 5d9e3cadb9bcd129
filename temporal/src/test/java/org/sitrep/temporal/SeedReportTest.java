package org.sitrep.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.temporal.RuleBasedTemporalTaggerTest.mention;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;

/** The seed report of the corpus, a live blog published on 2016-09-05. */
class SeedReportTest {
    private static final Path SEED = Path.of(System.getProperty("sitrep.shared", "../../shared"),
            "corpus", "seed", "interpreter-2016-09-05-syria-live.txt");
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2016, 9, 5, 0, 0);

    private static String report;
    private static List<TimeMention> mentions;

    @BeforeAll
    static void tagSeed() throws IOException {
        report = Files.readString(SEED);
        mentions = RuleBasedTemporalTagger.loadDefault().tag(report, REFERENCE);
    }

    @Test
    void resolvesTheReportsExpressions() {
        assertDay("this morning", "2016-09-05", DatePrecision.DAY, false);
        assertDay("Aug. 26", "2016-08-26", DatePrecision.DAY, false);
        assertDay("February", "2016-02-01", DatePrecision.MONTH, false);
        assertDay("Sept. 18", "2016-09-18", DatePrecision.DAY, true);
        assertDay("the beginning of last month", "2016-08-01", DatePrecision.MONTH, false);
        assertDay("yesterday", "2016-09-04", DatePrecision.DAY, false);
        TimeMention withinWeeks = mention(mentions, "weeks", report);
        assertEquals(TimexType.DURATION, withinWeeks.type());
        assertNull(withinWeeks.date());
        assertEquals("P2W", mention(mentions, "two weeks", report).value());
    }

    @Test
    void leavesCountsAlone() {
        assertTrue(mentions.stream().noneMatch(m -> m.text().contains("57") || m.text().contains("two car")
                || m.text().equalsIgnoreCase("dozens")), () -> mentions.toString());
    }

    @Test
    void findsThePublicationDate() {
        assertEquals(LocalDate.of(2016, 9, 5), ReferenceTimes.fromText(report).orElseThrow().toLocalDate());
    }

    private static void assertDay(String text, String date, DatePrecision precision, boolean future) {
        TimeMention mention = mention(mentions, text, report);
        assertEquals(LocalDate.parse(date), mention.date().date(), text);
        assertEquals(precision, mention.date().precision(), text);
        assertEquals(future, mention.future(), text + " future");
        assertFalse(mention.value().contains("X"), text);
    }
}
