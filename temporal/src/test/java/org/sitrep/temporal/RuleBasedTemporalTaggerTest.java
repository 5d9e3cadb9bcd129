package org.sitrep.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

class RuleBasedTemporalTaggerTest {
    /** A Monday. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2016, 9, 5, 0, 0);
    private static final TemporalTagger TAGGER = RuleBasedTemporalTagger.loadDefault();

    /** sentence, the mention's text, type, value, date (ISO) or null, precision or null, future. */
    static Stream<Arguments> examples() {
        return Stream.of(
                // absolute dates
                Arguments.of("Fighting resumed on 5 September 2016.", "5 September 2016", TimexType.DATE, "2016-09-05", "2016-09-05", DatePrecision.DAY, false),
                Arguments.of("Fighting resumed on September 5, 2016.", "September 5, 2016", TimexType.DATE, "2016-09-05", "2016-09-05", DatePrecision.DAY, false),
                Arguments.of("The convoy left on Sept. 5 at dawn.", "Sept. 5", TimexType.DATE, "2016-09-05", "2016-09-05", DatePrecision.DAY, false),
                Arguments.of("They met in Geneva on Aug. 26.", "Aug. 26", TimexType.DATE, "2016-08-26", "2016-08-26", DatePrecision.DAY, false),
                Arguments.of("Logged 2016-09-05 by the monitor.", "2016-09-05", TimexType.DATE, "2016-09-05", "2016-09-05", DatePrecision.DAY, false),
                Arguments.of("Report dated 5/9/2016.", "5/9/2016", TimexType.DATE, "2016-09-05", "2016-09-05", DatePrecision.DAY, false),
                Arguments.of("Report dated 9/25/2016.", "9/25/2016", TimexType.DATE, "2016-09-25", "2016-09-25", DatePrecision.DAY, true),
                Arguments.of("Clashes on Monday, Sept 5 killed four.", "Monday, Sept 5", TimexType.DATE, "2016-09-05", "2016-09-05", DatePrecision.DAY, false),
                Arguments.of("The siege began in July 2016.", "July 2016", TimexType.DATE, "2016-07", "2016-07-01", DatePrecision.MONTH, false),
                Arguments.of("The town fell in 2015.", "2015", TimexType.DATE, "2015", "2015-01-01", DatePrecision.YEAR, false),
                Arguments.of("The war has raged since 2011.", "2011", TimexType.DATE, "2011", "2011-01-01", DatePrecision.YEAR, false),
                Arguments.of("A truce was agreed in February.", "February", TimexType.DATE, "2016-02", "2016-02-01", DatePrecision.MONTH, false),
                Arguments.of("A truce was agreed in November.", "November", TimexType.DATE, "2015-11", "2015-11-01", DatePrecision.MONTH, false),
                // relative days
                Arguments.of("Five people died yesterday.", "yesterday", TimexType.DATE, "2016-09-04", "2016-09-04", DatePrecision.DAY, false),
                Arguments.of("Shelling continued last night.", "last night", TimexType.TIME, "2016-09-04TNI", "2016-09-04", DatePrecision.DAY, false),
                Arguments.of("A bomb exploded this morning.", "this morning", TimexType.TIME, "2016-09-05TMO", "2016-09-05", DatePrecision.DAY, false),
                Arguments.of("Talks resume tomorrow.", "tomorrow", TimexType.DATE, "2016-09-06", "2016-09-06", DatePrecision.DAY, true),
                Arguments.of("Jets struck overnight.", "overnight", TimexType.TIME, "2016-09-04TNI", "2016-09-04", DatePrecision.DAY, false),
                Arguments.of("The town was captured two days ago.", "two days ago", TimexType.DATE, "2016-09-03", "2016-09-03", DatePrecision.DAY, false),
                Arguments.of("Rebels attacked on Friday.", "Friday", TimexType.DATE, "2016-09-02", "2016-09-02", DatePrecision.DAY, false),
                Arguments.of("Rebels attacked Saturday.", "Saturday", TimexType.DATE, "2016-09-03", "2016-09-03", DatePrecision.DAY, false),
                Arguments.of("Late Thursday, the army said it had withdrawn.", "Late Thursday", TimexType.DATE, "2016-09-01", "2016-09-01", DatePrecision.DAY, false),
                Arguments.of("Rebels attacked on Monday.", "Monday", TimexType.DATE, "2016-09-05", "2016-09-05", DatePrecision.DAY, false),
                Arguments.of("The ministers will meet on Monday.", "Monday", TimexType.DATE, "2016-09-12", "2016-09-12", DatePrecision.DAY, true),
                Arguments.of("The ministers will meet on Friday.", "Friday", TimexType.DATE, "2016-09-09", "2016-09-09", DatePrecision.DAY, true),
                // future wording yields to a past tense between the cue and the expression, or right before the cue
                Arguments.of("Ford will pay $57 million, an official said Friday.", "Friday", TimexType.DATE, "2016-09-02", "2016-09-02", DatePrecision.DAY, false),
                Arguments.of("On Sunday, the ministers had agreed on a plan to cut costs.", "Sunday", TimexType.DATE, "2016-09-04", "2016-09-04", DatePrecision.DAY, false),
                Arguments.of("The plane was set to land on Saturday.", "Saturday", TimexType.DATE, "2016-09-03", "2016-09-03", DatePrecision.DAY, false),
                Arguments.of("The envoy will meet Mohammed on Friday.", "Friday", TimexType.DATE, "2016-09-09", "2016-09-09", DatePrecision.DAY, true),
                Arguments.of("The army will fight the Aleppo-based armed group on Friday.", "Friday", TimexType.DATE, "2016-09-09", "2016-09-09", DatePrecision.DAY, true),
                Arguments.of("Markets to remain closed until Friday.", "Friday", TimexType.DATE, "2016-09-09", "2016-09-09", DatePrecision.DAY, true),
                Arguments.of("The markets were closed until Friday.", "Friday", TimexType.DATE, "2016-09-02", "2016-09-02", DatePrecision.DAY, false),
                Arguments.of("The sale should be completed in October.", "October", TimexType.DATE, "2016-10", "2016-10-01", DatePrecision.MONTH, true),
                Arguments.of("The sale should have been completed in October.", "October", TimexType.DATE, "2015-10", "2015-10-01", DatePrecision.MONTH, false),
                Arguments.of("The firm has said it wants to close 800 shops by early June.", "early June", TimexType.DATE, "2017-06", "2017-06-01", DatePrecision.MONTH, true),
                Arguments.of("Markets to remain closed until Friday\nSeptember 5, 2016", "Friday", TimexType.DATE, "2016-09-09", "2016-09-09", DatePrecision.DAY, true),
                // weeks, months, seasons, years
                Arguments.of("Strikes intensified earlier this week.", "earlier this week", TimexType.DATE, "2016-W36", "2016-09-05", DatePrecision.WEEK, false),
                Arguments.of("Strikes intensified last week.", "last week", TimexType.DATE, "2016-W35", "2016-08-29", DatePrecision.WEEK, false),
                Arguments.of("Talks resume next week.", "next week", TimexType.DATE, "2016-W37", "2016-09-12", DatePrecision.WEEK, true),
                Arguments.of("The base fell last month.", "last month", TimexType.DATE, "2016-08", "2016-08-01", DatePrecision.MONTH, false),
                Arguments.of("The base fell at the beginning of last month.", "the beginning of last month", TimexType.DATE, "2016-08", "2016-08-01", DatePrecision.MONTH, false),
                Arguments.of("The base fell early last month.", "early last month", TimexType.DATE, "2016-08", "2016-08-01", DatePrecision.MONTH, false),
                Arguments.of("The base fell late last month.", "late last month", TimexType.DATE, "2016-08", "2016-08-01", DatePrecision.MONTH, false),
                Arguments.of("The offensive began last summer.", "last summer", TimexType.DATE, "2016-SU", "2016-06-01", DatePrecision.SEASON, false),
                Arguments.of("Aid was cut in the winter.", "the winter", TimexType.DATE, "2015-WI", "2015-12-01", DatePrecision.SEASON, false),
                Arguments.of("The town fell last year.", "last year", TimexType.DATE, "2015", "2015-01-01", DatePrecision.YEAR, false),
                // ranges
                Arguments.of("Delegations will gather from Sept. 18.", "Sept. 18", TimexType.DATE, "2016-09-18", "2016-09-18", DatePrecision.DAY, true),
                Arguments.of("Fighting raged between 1 and 3 May.", "1", TimexType.DATE, "2016-05-01", "2016-05-01", DatePrecision.DAY, false),
                Arguments.of("Fighting raged between 1 and 3 May.", "3 May", TimexType.DATE, "2016-05-03", "2016-05-03", DatePrecision.DAY, false),
                Arguments.of("Fighting raged on May 1-3.", "3", TimexType.DATE, "2016-05-03", "2016-05-03", DatePrecision.DAY, false),
                // durations and sets
                Arguments.of("The town was besieged for three weeks.", "three weeks", TimexType.DURATION, "P3W", null, null, false),
                Arguments.of("The truce unraveled within weeks.", "weeks", TimexType.DURATION, "PXW", null, null, false),
                Arguments.of("This is the second time in two weeks that talks failed.", "two weeks", TimexType.DURATION, "P2W", null, null, false),
                Arguments.of("Convoys arrive every day.", "every day", TimexType.SET, "P1D", null, null, false),
                Arguments.of("The council meets weekly.", "weekly", TimexType.SET, "P1W", null, null, false),
                Arguments.of("Convoys arrive twice a week.", "a week", TimexType.SET, "P1W", null, null, false),
                // times and references
                Arguments.of("The blast happened at 9am.", "9am", TimexType.TIME, "2016-09-05T09:00", "2016-09-05", DatePrecision.DAY, false),
                Arguments.of("Aid is now reaching the city.", "now", TimexType.DATE, "PRESENT_REF", null, null, false),
                // anaphoric expressions count from the date mentioned last, else from the reference
                Arguments.of("The town fell on 2 August. Two days later the army withdrew.", "Two days later", TimexType.DATE, "2016-08-04", "2016-08-04", DatePrecision.DAY, false),
                Arguments.of("The town fell on 2 August and was retaken the next day.", "the next day", TimexType.DATE, "2016-08-03", "2016-08-03", DatePrecision.DAY, false),
                Arguments.of("Talks failed in March 2014; later that year the truce collapsed.", "later that year", TimexType.DATE, "2014", "2014-01-01", DatePrecision.YEAR, false),
                Arguments.of("GM lost $4.8 billion in the fourth quarter of 2005 and $8.6 billion for the entire year.", "the entire year", TimexType.DATE, "2005", "2005-01-01", DatePrecision.YEAR, false),
                Arguments.of("Shares fell on 2 August at the start of the day.", "the start of the day", TimexType.DATE, "2016-08-02", "2016-08-02", DatePrecision.DAY, false),
                Arguments.of("Rebels attacked on 2 August. The day before, troops had left.", "The day before", TimexType.DATE, "2016-08-01", "2016-08-01", DatePrecision.DAY, false),
                Arguments.of("Rebels attacked on 2 August; that night jets struck.", "that night", TimexType.TIME, "2016-08-02TNI", "2016-08-02", DatePrecision.DAY, false),
                // history, decades, counts with an adjective
                Arguments.of("The Union took Vicksburg in 1863.", "1863", TimexType.DATE, "1863", "1863-01-01", DatePrecision.YEAR, false),
                Arguments.of("The revolt lasted (499-493 BC).", "493 BC", TimexType.DATE, "BC0493", "-0492-01-01", DatePrecision.YEAR, false),
                Arguments.of("Shelling was heavy throughout 1915-17.", "17", TimexType.DATE, "1917", "1917-01-01", DatePrecision.YEAR, false),
                Arguments.of("Such attacks were rare in the 1990s.", "the 1990s", TimexType.DATE, "199", null, null, false),
                Arguments.of("Prices fell for six straight days.", "six straight days", TimexType.DURATION, "P6D", null, null, false),
                Arguments.of("The raid began on the night of 3 May.", "the night of 3 May", TimexType.TIME, "2016-05-03TNI", "2016-05-03", DatePrecision.DAY, false),
                // a month of a year named relative to the reference; the same period some years back
                Arguments.of("Licences lapse after October of next year.", "October", TimexType.DATE, "2017-10", "2017-10-01", DatePrecision.MONTH, true),
                Arguments.of("Sales fell 35% in January, compared to the same month a year ago.", "the same month a year ago", TimexType.DATE, "2015-01", "2015-01-01", DatePrecision.MONTH, false),
                Arguments.of("It lost $2 billion in the third quarter of this year; in the same period a year earlier it gained.", "the same period a year earlier", TimexType.DATE, "2015-Q3", "2015-07-01", DatePrecision.SEASON, false),
                Arguments.of("Sales rose in August compared to the same period of last year.", "the same period of last year", TimexType.DATE, "2015-08", "2015-08-01", DatePrecision.MONTH, false),
                // a clock time right before a date takes that date's day
                Arguments.of("At a press conference at 16:15 UTC, June 1st, he spoke.", "16:15 UTC", TimexType.TIME, "2016-06-01T16:15Z", "2016-06-01", DatePrecision.DAY, false),
                // ranges of durations and of decades: the first of two counts, the second of two decades
                Arguments.of("The process would take between 60 and 90 days.", "60", TimexType.DURATION, "P60D", null, null, false),
                Arguments.of("The process would take between 60 and 90 days.", "90 days", TimexType.DURATION, "P90D", null, null, false),
                Arguments.of("It rid Detroit of the boxy cars of the 70s and 80s.", "80s", TimexType.DATE, "198", null, null, false),
                // reference phrases after a preposition name their time without future wording
                Arguments.of("The Falcon may return in the future.", "the future", TimexType.DATE, "FUTURE_REF", null, null, true),
                Arguments.of("Prospects in the near term appear good.", "the near term", TimexType.DATE, "FUTURE_REF", null, null, true),
                Arguments.of("The downturn continues for the time being.", "the time being", TimexType.DATE, "PRESENT_REF", null, null, false),
                Arguments.of("It has struggled in recent years.", "recent years", TimexType.DURATION, "PXY", null, null, false),
                Arguments.of("The offensive stalled early in 2015.", "early in 2015", TimexType.DATE, "2015", "2015-01-01", DatePrecision.YEAR, false),
                Arguments.of("The offensive stalled in the spring of 2015.", "the spring of 2015", TimexType.DATE, "2015-SP", "2015-03-01", DatePrecision.SEASON, false),
                Arguments.of("Fighting will be renewed in the coming years.", "the coming years", TimexType.DURATION, "PXY", null, null, true),
                Arguments.of("Prices doubled over the past years.", "the past years", TimexType.DURATION, "PXY", null, null, false),
                Arguments.of("Sales rose in the second half of 2008.", "the second half of 2008", TimexType.DATE, "2008-H2", "2008-07-01", DatePrecision.SEASON, false),
                Arguments.of("Sales rose in the first half of this year.", "the first half of this year", TimexType.DATE, "2016-H1", "2016-01-01", DatePrecision.SEASON, false),
                Arguments.of("Prices doubled over the last decade.", "the last decade", TimexType.DURATION, "P10Y", null, null, false),
                Arguments.of("The convoy left at noon on Saturday.", "noon on Saturday", TimexType.TIME, "2016-09-03T12:00", "2016-09-03", DatePrecision.DAY, false),
                Arguments.of("The truce held over Christmas 2015.", "Christmas 2015", TimexType.DATE, "2015-12-25", "2015-12-25", DatePrecision.DAY, false),
                Arguments.of("Rebels attacked on Christmas Eve.", "Christmas Eve", TimexType.DATE, "2015-12-24", "2015-12-24", DatePrecision.DAY, false),
                // a day and month without a year: the nearest occurrence, but none far ahead in the past tense
                Arguments.of("Since Jan. 1, 200 people were killed.", "Jan. 1", TimexType.DATE, "2016-01-01", "2016-01-01", DatePrecision.DAY, false),
                Arguments.of("The vote was postponed to Sept. 12.", "Sept. 12", TimexType.DATE, "2016-09-12", "2016-09-12", DatePrecision.DAY, true),
                Arguments.of("He added that the deal may be signed on January 12.", "January 12", TimexType.DATE, "2017-01-12", "2017-01-12", DatePrecision.DAY, true),
                Arguments.of("The jet is two and a half years behind schedule.", "two and a half years", TimexType.DURATION, "P2.5Y", null, null, false),
                Arguments.of("The talks lasted a year and a half.", "a year and a half", TimexType.DURATION, "P1.5Y", null, null, false),
                Arguments.of("Sales fell for two consecutive quarters of the year.", "two consecutive quarters", TimexType.DURATION, "P2Q", null, null, false));
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @MethodSource("examples")
    void normalisesExample(String sentence, String text, TimexType type, String value, String date,
                           DatePrecision precision, boolean future) {
        TimeMention mention = mention(TAGGER.tag(sentence, REFERENCE), text, sentence);
        assertEquals(type, mention.type(), "type");
        assertEquals(value, mention.value(), "value");
        if (date == null) {
            assertNull(mention.date(), "date");
        } else {
            assertEquals(LocalDate.parse(date), mention.date().date(), "date");
            assertEquals(precision, mention.date().precision(), "precision");
            assertTrue(mention.date().explicit(), "explicit");
        }
        assertEquals(future, mention.future(), "future");
        assertEquals(text, sentence.substring(mention.start(), mention.end()), "offsets");
    }

    @Test
    void aReadingAfterThePublicationYieldsToTheOther() {
        TimeMention mention = mention(TAGGER.tag("10/12/2016: Assailants fired mortars.", LocalDateTime.of(2016, 10, 12, 12, 0)), "10/12/2016", "");
        assertEquals("2016-10-12", mention.value(), "10 December would be after the report");
    }

    @Test
    void aBareClockTimeBelongsToTheDayMentionedLast() {
        List<TimeMention> mentions = TAGGER.tag("On 16 March 2023, drones struck the base at about 9:02 pm.",
                LocalDateTime.of(2023, 3, 17, 12, 0));
        assertEquals("2023-03-16T21:02", mention(mentions, "9:02 pm", "").value());
        List<TimeMention> alone = TAGGER.tag("Drones struck the base at about 9:02 pm.", LocalDateTime.of(2023, 3, 17, 12, 0));
        assertEquals("2023-03-17T21:02", mention(alone, "9:02 pm", "").value(), "no date mentioned: the reference day");
        List<TimeMention> relative = TAGGER.tag("On 16 March, talks began; the blast came at 9 pm yesterday.",
                LocalDateTime.of(2023, 3, 17, 12, 0));
        assertEquals("2023-03-16T21:00", mention(relative, "9 pm yesterday", "").value(), "a relative day still counts from the reference");
    }

    @Test
    void namedDaysAndFractionsAreNotTimes() {
        String sentence = "Markets marked the Black Monday anniversary; Good Friday passed; about a quarter, of its dealers and three quarters of the troops left; Christmas sales rose; "
                + "it fell for the second quarter in a row; the day after the attack they left.";
        List<TimeMention> mentions = TAGGER.tag(sentence, REFERENCE);
        assertTrue(mentions.isEmpty(), () -> "unexpected " + mentions);
    }

    @Test
    void anImpossibleDateIsTaggedWithoutADate() {
        TimeMention mention = mention(TAGGER.tag("On 31 February 2016 drones struck the base.", REFERENCE), "31 February 2016", "");
        assertEquals("XXXX-XX-XX", mention.value(), "neither February nor a neighbouring day");
        assertNull(mention.date());
        assertTrue(TAGGER.tag("Dated 30/02/2016.", REFERENCE).isEmpty(), "no reading of the figures is a date");
    }

    @Test
    void aListOfClockTimesSharesTheDayBeforeIt() {
        List<TimeMention> mentions = TAGGER.tag("On 22 September 2016, drones struck at around 11:55 am, 12:02 pm, and 12:08 pm.", REFERENCE);
        assertEquals(List.of("2016-09-22", "2016-09-22T11:55", "2016-09-22T12:02", "2016-09-22T12:08"),
                mentions.stream().map(TimeMention::value).toList());
    }

    @Test
    void aDayAndMonthBeforeAnUnknownYearStayUntagged() {
        List<TimeMention> mentions = TAGGER.tag("The treaty expires on 5 May 2316.", REFERENCE);
        assertTrue(mentions.isEmpty(), () -> "not the reference's year: " + mentions);
        assertEquals("2016-03-30", mention(TAGGER.tag("By 30 March, 100,000 had fled.", REFERENCE), "30 March", "").value());
        assertEquals("2016-08-01", mention(TAGGER.tag("Since Aug. 1, 200 people have been killed.", REFERENCE), "Aug. 1", "").value());
    }

    @Test
    void monthFirstWhenConfigured() {
        TimeMention mention = mention(new RuleBasedTemporalTagger(false).tag("Dated 5/9/2016.", REFERENCE), "5/9/2016", "");
        assertEquals("2016-05-09", mention.value());
    }

    @Test
    void doesNotTagNumbersThatAreNotTimes() {
        String sentence = "Two car bombs killed 57 people and dozens more, and 2000 fled; bombs kill dozens, May said; officials may march.";
        List<TimeMention> mentions = TAGGER.tag(sentence, REFERENCE);
        assertTrue(mentions.isEmpty(), () -> "unexpected " + mentions);
    }

    @Test
    void withoutReferenceRelativeExpressionsStayUnresolved() {
        List<TimeMention> mentions = TAGGER.tag("Yesterday, on Sept. 4, and in February; last week; on 5 September 2016.", null);
        assertEquals(List.of("XXXX-XX-XX", "XXXX-09-04", "XXXX-02", "XXXX-WXX", "2016-09-05"),
                mentions.stream().map(TimeMention::value).toList());
        assertNull(mentions.getFirst().date());
        assertEquals(LocalDate.of(2016, 9, 5), mentions.getLast().date().date());
        assertFalse(mentions.getLast().future());
    }

    @Test
    void aNarrativeWithoutReferenceTakesTheYearOfTheLastMentionedDate() {
        List<TimeMention> mentions = TAGGER.tag("The war began in 1939. On June 22 Germany attacked; the next day it advanced. "
                + "The 1812 campaign was recalled. In December the offensive stalled.", null);
        assertEquals(List.of("1939", "1939-06-22", "1939-06-23", "1812", "1939-12"),
                mentions.stream().map(TimeMention::value).toList(), "the attributive year is an aside");
    }

    @Test
    void aYearHeadingAnchorsTheSectionBelowIt() {
        List<TimeMention> mentions = TAGGER.tag("1936\n\nSanjurjo was killed on 20 July; 2000 fled.", null);
        assertEquals(List.of("1936", "1936-07-20"), mentions.stream().map(TimeMention::value).toList());
        List<TimeMention> headings = TAGGER.tag("2003: Invasion\nThe blockade, 1861\n1917-1918\nEvents of the war", null);
        assertEquals(List.of("2003", "1861", "1917", "1918"), headings.stream().map(TimeMention::value).toList());
    }

    @Test
    void aYearInParenthesesIsAnAside() {
        List<TimeMention> mentions = TAGGER.tag("In March 1917 the Gallipoli (1915) failure was recalled; on 3 May they moved.", null);
        assertEquals(List.of("1917-03", "1915", "1917-05-03"), mentions.stream().map(TimeMention::value).toList());
    }

    @Test
    void theFirstOfAPairTakesTheYearOfTheSecond() {
        List<TimeMention> mentions = TAGGER.tag("In April and June 1955 it rained; from 26 June - 4 August 1952 and June 26 to August 4, 1953 they fought.", null);
        assertEquals(List.of("1955-04", "1955-06", "1952-06-26", "1952-08-04", "1953-06-26", "1953-08-04"),
                mentions.stream().map(TimeMention::value).toList());
    }

    @Test
    void aYearThatPlansLookAheadToDoesNotMoveTheNarrative() {
        List<TimeMention> mentions = TAGGER.tag("On 10 March 1975 the offensive began, ahead of a campaign planned for 1976. It collapsed on 11 March.", null);
        assertEquals(List.of("1975-03-10", "1976", "1975-03-11"), mentions.stream().map(TimeMention::value).toList());
    }

    @Test
    void aYearAfterSinceIsAPointOfComparison() {
        List<TimeMention> mentions = TAGGER.tag("In August 1920 came the largest cavalry battle since 1813. On 6 September the army retreated.", null);
        assertEquals(List.of("1920-08", "1813", "1920-09-06"), mentions.stream().map(TimeMention::value).toList());
    }

    @Test
    void aDayOfTheMonthMentionedLast() {
        List<TimeMention> mentions = TAGGER.tag("A counteroffer came on 2 October 1920. On the 5th, the Soviets replied; "
                + "they crossed the 38th parallel, the 7th largest river. From the 13th to the 19th of October 1950 they fought.", null);
        assertEquals(List.of("1920-10-02", "1920-10-05", "1950-10-13", "1950-10-19"), mentions.stream().map(TimeMention::value).toList());
    }

    @Test
    void pairedAndCoordinatedSeasons() {
        List<TimeMention> mentions = TAGGER.tag("Allied victory: summer and autumn 1918. Over the winter, and through the spring and summer, they waited.", null);
        assertEquals(List.of("1918-SU", "1918-FA", "1918-WI", "1918-SP", "1918-SU"), mentions.stream().map(TimeMention::value).toList());
    }

    @Test
    void yearsAsSubjectsPossessivesAndAfterDeterminers() {
        List<TimeMention> mentions = TAGGER.tag("In a 1908 interview he spoke. 1987 saw a wave; the year 1950 marked it; 1985's army was large; "
                + "in the 1990's it was calm; a 2000-strong force held out as late as 1781.", null);
        assertEquals(List.of("1908", "1987", "1950", "1985", "199", "1781"), mentions.stream().map(TimeMention::value).toList());
    }

    @Test
    void theAnchorCarriesAcrossPassages() {
        EventDate anchor = TimeMention.anchorAfter(TAGGER.tag("Rebels attacked on 2 August.", REFERENCE), null);
        TimeMention next = mention(TAGGER.tag("Three days later they withdrew.", REFERENCE, anchor), "Three days later", "");
        assertEquals("2016-08-05", next.value());
    }

    @Test
    void soonPointsAheadOnlyUnderFutureWording() {
        assertTrue(TAGGER.tag("The town was soon divided.", REFERENCE).isEmpty());
        assertEquals("FUTURE_REF", mention(TAGGER.tag("Talks will resume soon.", REFERENCE), "soon", "").value());
    }

    static TimeMention mention(List<TimeMention> mentions, String text, String sentence) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseGet(() -> fail("no mention \"" + text + "\" in \"" + sentence + "\"; got " + mentions));
    }
}
