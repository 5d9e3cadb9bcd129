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
                Arguments.of("The firm will pay $5 million, an official said Friday.", "Friday", TimexType.DATE, "2016-09-02", "2016-09-02", DatePrecision.DAY, false),
                Arguments.of("On Sunday, the ministers had agreed on a plan to cut costs.", "Sunday", TimexType.DATE, "2016-09-04", "2016-09-04", DatePrecision.DAY, false),
                Arguments.of("The envoy was set to arrive on Saturday.", "Saturday", TimexType.DATE, "2016-09-03", "2016-09-03", DatePrecision.DAY, false),
                Arguments.of("The envoy will meet Mohammed on Friday.", "Friday", TimexType.DATE, "2016-09-09", "2016-09-09", DatePrecision.DAY, true),
                Arguments.of("The army will fight the Aleppo-based armed group on Friday.", "Friday", TimexType.DATE, "2016-09-09", "2016-09-09", DatePrecision.DAY, true),
                Arguments.of("Schools to stay shut until Friday.", "Friday", TimexType.DATE, "2016-09-09", "2016-09-09", DatePrecision.DAY, true),
                Arguments.of("The schools were shut until Friday.", "Friday", TimexType.DATE, "2016-09-02", "2016-09-02", DatePrecision.DAY, false),
                Arguments.of("The bridge should be finished in October.", "October", TimexType.DATE, "2016-10", "2016-10-01", DatePrecision.MONTH, true),
                Arguments.of("The bridge should have been finished in October.", "October", TimexType.DATE, "2015-10", "2015-10-01", DatePrecision.MONTH, false),
                Arguments.of("The bank has said it wants to close 80 branches by early June.", "early June", TimexType.DATE, "2017-06", "2017-06-01", DatePrecision.MONTH, true),
                Arguments.of("Schools to stay shut until Friday\nSeptember 5, 2016", "Friday", TimexType.DATE, "2016-09-09", "2016-09-09", DatePrecision.DAY, true),
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
                Arguments.of("The airline lost $2 million in the first quarter of 2014 and $5 million for the entire year.", "the entire year", TimexType.DATE, "2014", "2014-01-01", DatePrecision.YEAR, false),
                Arguments.of("Prices dipped on 2 August at the start of the day.", "the start of the day", TimexType.DATE, "2016-08-02", "2016-08-02", DatePrecision.DAY, false),
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
                Arguments.of("The permits expire by June of next year.", "June", TimexType.DATE, "2017-06", "2017-06-01", DatePrecision.MONTH, true),
                Arguments.of("Exports rose 4% in March, compared to the same month a year ago.", "the same month a year ago", TimexType.DATE, "2015-03", "2015-03-01", DatePrecision.MONTH, false),
                Arguments.of("The bank earned $3 million in the third quarter of this year, against a loss in the same period a year earlier.", "the same period a year earlier", TimexType.DATE, "2015-Q3", "2015-07-01", DatePrecision.SEASON, false),
                Arguments.of("Imports fell in August compared to the same period of last year.", "the same period of last year", TimexType.DATE, "2015-08", "2015-08-01", DatePrecision.MONTH, false),
                // a clock time right before a date takes that date's day
                Arguments.of("The minister spoke at 09:30 UTC, May 2nd, in Geneva.", "09:30 UTC", TimexType.TIME, "2016-05-02T09:30Z", "2016-05-02", DatePrecision.DAY, false),
                // ranges of durations and of decades: the first of two counts, the second of two decades
                Arguments.of("The repairs would take between 30 and 45 days.", "30", TimexType.DURATION, "P30D", null, null, false),
                Arguments.of("The repairs would take between 30 and 45 days.", "45 days", TimexType.DURATION, "P45D", null, null, false),
                Arguments.of("The songs of the 60s and 70s are back.", "70s", TimexType.DATE, "197", null, null, false),
                // reference phrases after a preposition name their time without future wording
                Arguments.of("The ferry may return in the future.", "the future", TimexType.DATE, "FUTURE_REF", null, null, true),
                Arguments.of("Growth in the near term looks weak.", "the near term", TimexType.DATE, "FUTURE_REF", null, null, true),
                Arguments.of("The curfew stays for the time being.", "the time being", TimexType.DATE, "PRESENT_REF", null, null, false),
                Arguments.of("The port has declined in recent years.", "recent years", TimexType.DURATION, "PXY", null, null, false),
                Arguments.of("The strike ended early in 2015.", "early in 2015", TimexType.DATE, "2015", "2015-01-01", DatePrecision.YEAR, false),
                Arguments.of("The strike ended in the spring of 2015.", "the spring of 2015", TimexType.DATE, "2015-SP", "2015-03-01", DatePrecision.SEASON, false),
                Arguments.of("The dam will be rebuilt in the coming years.", "the coming years", TimexType.DURATION, "PXY", null, null, true),
                Arguments.of("Rents doubled over the past years.", "the past years", TimexType.DURATION, "PXY", null, null, false),
                Arguments.of("Prices rose in the second half of 2012.", "the second half of 2012", TimexType.DATE, "2012-H2", "2012-07-01", DatePrecision.SEASON, false),
                Arguments.of("Prices rose in the first half of this year.", "the first half of this year", TimexType.DATE, "2016-H1", "2016-01-01", DatePrecision.SEASON, false),
                Arguments.of("Rents doubled over the last decade.", "the last decade", TimexType.DURATION, "P10Y", null, null, false),
                Arguments.of("The convoy left at noon on Saturday.", "noon on Saturday", TimexType.TIME, "2016-09-03T12:00", "2016-09-03", DatePrecision.DAY, false),
                Arguments.of("The ceasefire held over Christmas 2015.", "Christmas 2015", TimexType.DATE, "2015-12-25", "2015-12-25", DatePrecision.DAY, false),
                Arguments.of("Rebels attacked on Christmas Eve.", "Christmas Eve", TimexType.DATE, "2015-12-24", "2015-12-24", DatePrecision.DAY, false),
                // a day and month without a year: the nearest occurrence, but none far ahead in the past tense
                Arguments.of("Since Jan. 1, 200 people were killed.", "Jan. 1", TimexType.DATE, "2016-01-01", "2016-01-01", DatePrecision.DAY, false),
                Arguments.of("The vote was postponed to Sept. 12.", "Sept. 12", TimexType.DATE, "2016-09-12", "2016-09-12", DatePrecision.DAY, true),
                Arguments.of("He added that the treaty may be signed on January 12.", "January 12", TimexType.DATE, "2017-01-12", "2017-01-12", DatePrecision.DAY, true),
                Arguments.of("The tunnel is two and a half years behind schedule.", "two and a half years", TimexType.DURATION, "P2.5Y", null, null, false),
                Arguments.of("The siege lasted a year and a half.", "a year and a half", TimexType.DURATION, "P1.5Y", null, null, false),
                Arguments.of("Output shrank for two consecutive quarters of the year.", "two consecutive quarters", TimexType.DURATION, "P2Q", null, null, false));
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
        String sentence = "Traders recalled Black Monday; Good Friday passed; about a quarter, of its shops and three quarters of the troops left; Christmas sales rose; "
                + "output fell for the second quarter in a row; the day after the attack they left.";
        List<TimeMention> mentions = TAGGER.tag(sentence, REFERENCE);
        assertTrue(mentions.isEmpty(), () -> "unexpected " + mentions);
    }

    @Test
    void anImpossibleDateIsTaggedWithoutADate() {
        TimeMention mention = mention(TAGGER.tag("On 31 February 2016 drones struck the base.", REFERENCE), "31 February 2016", "");
        assertEquals("XXXX-XX-XX", mention.value(), "neither February nor a neighbouring day");
        assertNull(mention.date());
        assertEquals(TimeMention.NO_SUCH_DAY, mention.unresolvedReason());
        TimeMention undated = TAGGER.tag("Drones struck the base on Monday.", null).get(0);
        assertEquals("XXXX-WXX-1", undated.value());
        assertEquals(TimeMention.NO_REFERENCE, undated.unresolvedReason(), "an undated text says why");
        assertNull(mention(TAGGER.tag("On 5 September 2016 drones struck.", REFERENCE), "5 September 2016", "").unresolvedReason());
        assertTrue(TAGGER.tag("Dated 30/02/2016.", REFERENCE).isEmpty(), "no reading of the figures is a date");
    }

    @Test
    void aListOfClockTimesSharesTheDayBeforeIt() {
        List<TimeMention> mentions = TAGGER.tag("On 22 September 2016, drones struck at around 10:15 am, 10:40 am, and 11:05 am.", REFERENCE);
        assertEquals(List.of("2016-09-22", "2016-09-22T10:15", "2016-09-22T10:40", "2016-09-22T11:05"),
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
        List<TimeMention> mentions = TAGGER.tag("1948\n\nThe general was killed on 20 July; 2000 fled.", null);
        assertEquals(List.of("1948", "1948-07-20"), mentions.stream().map(TimeMention::value).toList());
        List<TimeMention> headings = TAGGER.tag("1999: Ceasefire\nThe siege, 1993\n1991-1995\nEvents of the war", null);
        assertEquals(List.of("1999", "1993", "1991", "1995"), headings.stream().map(TimeMention::value).toList());
    }

    @Test
    void aYearInParenthesesIsAnAside() {
        List<TimeMention> mentions = TAGGER.tag("In March 1957 the Suez (1956) crisis was recalled; on 3 May they moved.", null);
        assertEquals(List.of("1957-03", "1956", "1957-05-03"), mentions.stream().map(TimeMention::value).toList());
    }

    @Test
    void theFirstOfAPairTakesTheYearOfTheSecond() {
        List<TimeMention> mentions = TAGGER.tag("In March and May 2004 it rained; from 3 May - 9 June 1999 and May 3 to June 9, 2001 they marched.", null);
        assertEquals(List.of("2004-03", "2004-05", "1999-05-03", "1999-06-09", "2001-05-03", "2001-06-09"),
                mentions.stream().map(TimeMention::value).toList());
    }

    @Test
    void aYearThatPlansLookAheadToDoesNotMoveTheNarrative() {
        List<TimeMention> mentions = TAGGER.tag("On 4 April 1988 the siege began, ahead of an offensive planned for 1990. It ended on 9 April.", null);
        assertEquals(List.of("1988-04-04", "1990", "1988-04-09"), mentions.stream().map(TimeMention::value).toList());
    }

    @Test
    void aYearAfterSinceIsAPointOfComparison() {
        List<TimeMention> mentions = TAGGER.tag("In August 1998 came the worst flood since 1953. On 6 September the water receded.", null);
        assertEquals(List.of("1998-08", "1953", "1998-09-06"), mentions.stream().map(TimeMention::value).toList());
    }

    @Test
    void aDayOfTheMonthMentionedLast() {
        List<TimeMention> mentions = TAGGER.tag("An offer came on 2 October 1996. On the 5th, the envoys replied; "
                + "they met the 3rd battalion, the 7th largest unit. From the 13th to the 19th of October 1997 they talked.", null);
        assertEquals(List.of("1996-10-02", "1996-10-05", "1997-10-13", "1997-10-19"), mentions.stream().map(TimeMention::value).toList());
    }

    @Test
    void pairedAndCoordinatedSeasons() {
        List<TimeMention> mentions = TAGGER.tag("Reform: summer and autumn 1995. Over the winter, and through the spring and summer, they waited.", null);
        assertEquals(List.of("1995-SU", "1995-FA", "1995-WI", "1995-SP", "1995-SU"), mentions.stream().map(TimeMention::value).toList());
    }

    @Test
    void yearsAsSubjectsPossessivesAndAfterDeterminers() {
        List<TimeMention> mentions = TAGGER.tag("In a 1998 interview he spoke. 2012 saw a wave; the year 1999 marked it; 2013's budget was large; "
                + "in the 1970's it was calm; a 2000-strong force held out as late as 1981.", null);
        assertEquals(List.of("1998", "2012", "1999", "2013", "197", "1981"), mentions.stream().map(TimeMention::value).toList());
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
