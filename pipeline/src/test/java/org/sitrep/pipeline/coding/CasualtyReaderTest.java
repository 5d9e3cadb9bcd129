package org.sitrep.pipeline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.text.Sentence;

class CasualtyReaderTest {
    private final CasualtyReader reader = CasualtyReader.loadDefault();

    private List<CasualtyCount> read(String text) {
        return reader.read(new Sentence(0, 0, text.length(), text, List.of(), 0));
    }

    @Test
    void countsBeforeTheVerb() {
        CasualtyCount c = read("At least one person was reported killed and “several wounded” after three strikes").get(0);
        assertTrue(c.killed());
        assertEquals(1, c.low());
        assertEquals(null, c.high(), "at least: open above");
        CasualtyCount injured = read("At least one person was reported killed and “several wounded” after three strikes").get(1);
        assertFalse(injured.killed());
        assertTrue(injured.vague());
        assertEquals(3, injured.low());
    }

    @Test
    void countsAfterTheVerb() {
        CasualtyCount c = read("A car bomb exploded in Homs, killing 12 people and wounding dozens.").get(0);
        assertEquals(12, c.low());
        assertEquals(12, c.high());
        assertEquals(1, read("Shelling left 3 dead.").size());
    }

    @Test
    void oneNamedVictimIsOneDeath() {
        CasualtyCount c = read("Badi, a senior intelligence official, was killed in the attack.").get(0);
        assertTrue(c.killed());
        assertEquals(1, c.low());
        assertEquals(1, read("Gunmen shot and killed Lieutenant Colonel Mohammed Al-Mamari in Al Bayda.").get(0).low());
        assertEquals(1, read("The gunmen killed the imam near the mosque.").get(0).low());
        assertTrue(read("The gunmen fled before police arrived.").isEmpty());
    }

    @Test
    void aTollSharedAmongTheIncidentsASentenceBeforeCounted() {
        assertEquals(5, reader.oneOfSeveral("This was one of five related attacks in the province on this date."));
        assertEquals(0, reader.oneOfSeveral("The attack was one of the deadliest this year."));
        List<CasualtyCount> counts = read("Twenty soldiers were killed and 28 were injured across the attacks.");
        assertEquals(List.of(4, 5), reader.sharedAmong(counts, "Twenty soldiers were killed and 28 were injured across the attacks.", 5)
                .stream().map(CasualtyCount::low).toList());
        assertEquals(counts, reader.sharedAmong(counts, "Twenty soldiers were killed in the province.", 5), "no shared toll");
    }

    @Test
    void compoundNumberWords() {
        assertEquals(38, read("Thirty-eight people, including the ten assailants, were killed.").get(0).low());
        assertEquals(21, read("The blast killed twenty one soldiers.").get(0).low());
    }

    @Test
    void aTollSharedAmongIncidentsGivesEachItsShare() {
        assertEquals(4, read("At least eight people were killed across both blasts.").get(0).low());
        assertEquals(2, read("At least seven people were killed across three of the attacks.").get(0).low());
        assertEquals(10, read("The strike hit a vehicle, killing soldiers (unknown fatalities coded as 10).").get(0).low(),
                "a coder's note in ACLED's notes gives the count");
    }

    @Test
    void oneUnnamedVictimIsOneDeath() {
        assertEquals(1, read("Gunmen ambushed a truck near the bridge, killing the driver.").get(0).low());
        assertEquals(1, read("A drone struck his car, which led to his death.").get(0).low());
        assertEquals(1, read("Militants stopped a shepherd and killed him.").get(0).low());
        assertEquals(3, read("A drone strike killed a militia commander and two others near the border.").get(0).low());
        assertEquals(2, read("A drone strike killed a militia commander and one of his companions.").get(0).low());
        assertEquals(1, read("One soldier, Ahmad, was killed and eight others were injured in the blast.").get(0).low());
        assertEquals(1, read("Activists confirmed the death of 1 civilian.").get(0).low());
        assertTrue(read("The shelling damaged the driver's house.").isEmpty());
    }

    @Test
    void theAttackersCountWhenTheTextCountsThemApart() {
        assertEquals(3, read("In addition to the bomber, at least two people were killed.").get(0).low());
        assertEquals(88, read("In addition to the two bombers, at least 86 people were killed.").get(0).low());
        assertEquals(6, read("Six people, including the bombers, were killed.").get(0).low(), "already counted in");
    }

    @Test
    void rangesAndThousands() {
        CasualtyCount c = read("Some 1,200 people were killed").get(0);
        assertEquals(1200, c.low());
        CasualtyCount range = read("20-25 civilians were killed").get(0);
        assertEquals(20, range.low());
        assertEquals(25, range.high());
    }

    @Test
    void objectsAreNotVictims() {
        assertEquals(List.of(), read("two car bombs were detonated at a military checkpoint"));
        assertEquals(List.of(), read("This is the second time in two weeks"));
    }

    @Test
    void tollWording() {
        assertTrue(reader.isToll("According to the LCC, a total of 57 people died in Syria yesterday."));
        assertFalse(reader.isToll("At least one person was reported killed after three Russian strikes"));
    }

    private List<Integer> killed(String text) {
        return read(text).stream().filter(CasualtyCount::killed).map(CasualtyCount::low).toList();
    }

    @Test
    void aCodersNoteGivesTheIncidentsCount() {
        List<CasualtyCount> counts = read("There were 7 fatalities and 3 injuries across three days, coded as 2 for this event.");
        assertEquals(List.of(2), counts.stream().filter(CasualtyCount::killed).map(CasualtyCount::low).toList(), "the note's count only");
        assertTrue(counts.stream().filter(CasualtyCount::killed).allMatch(CasualtyCount::coded));
        assertEquals(List.of(4), killed("Fatalities coded 4 using the lowest estimate."));
        assertEquals(List.of(10), killed("Unknown number of fatalities coded as 10."));
        assertEquals(List.of(), killed("The strike hit Tharyarwady (coded as Tharrawaddy)."), "a place coded, not a count");
        assertEquals(List.of(), killed("The fighting was coded as 2 events."));
        assertFalse(reader.isToll("A total of fatalities coded as 6."), "the note is the incident's count, not a total");
        assertEquals(List.of(3), killed("Nine fatalities split across the three attacks, coded as 3 for this event."),
                "already the incident's share");
    }

    @Test
    void countsOfAListOfPeopleAddUp() {
        assertEquals(List.of(11), killed("Two civilians, six soldiers, and three assailants were killed in the battle."));
        CasualtyCount c = read("At least one assailant and four police officers were killed.").get(0);
        assertEquals(5, c.low());
        assertEquals(null, c.high(), "at least: open above");
        assertEquals(List.of(22), killed("In the fighting 12 Afghan soldiers and 10 insurgents were killed."));
        assertEquals(List.of(3), killed("On 12 May, 3 soldiers were killed."), "a date is no count");
        assertEquals(List.of(3), killed("The militants fired 5 rockets and 3 civilians were killed."), "rockets are no victims");
    }

    @Test
    void aCountThatMightHaveBeenIsNoCount() {
        assertEquals(List.of(), read("At least five soldiers could have been killed."));
        assertEquals(List.of(5), killed("At least five soldiers have been killed."));
    }

    @Test
    void theInjuredAfterAKillingVerbAreInjured() {
        List<CasualtyCount> counts = read("The drone bombs hit the post, leaving one soldier slightly injured.");
        assertEquals(1, counts.size());
        assertFalse(counts.get(0).killed());
        assertEquals(List.of(true, false), read("Militants killed 1 civilian and injured 2 others.").stream().map(CasualtyCount::killed).toList());
    }

    @Test
    void aTollSharedAmongTheNamedNumberOfIncidents() {
        assertEquals(List.of(10), killed("Forty fighters were killed and an unknown number wounded across the four attacks."));
    }

    @Test
    void oneVictimWithALongTitleAndOthers() {
        assertEquals(List.of(3), killed("A drone strike killed a senior Revolutionary Guard unit commander and two others near the border."));
    }

    @Test
    void victimsNamedOneByOneAfterTheCount() {
        assertEquals(List.of(3), killed("Three officials, a district governor and two police officers, were killed in the ambush."));
        assertEquals(List.of(8), killed("Eight civilians, mostly farmers, were killed."));
    }

    @Test
    void oneVictimByRankKinOrRole() {
        assertEquals(List.of(1), killed("The bomb hit the police station, killing a sergeant and injuring two constables."));
        assertEquals(List.of(1), killed("A drone bomb killed the local administrator during a meeting."));
        assertEquals(List.of(1), killed("The shell landed near the house, killing the son of the village head."));
        assertEquals(List.of(1), killed("There was a fatality and 5 injuries among the troops."));
        assertEquals(List.of(1), killed("A guard opened fire at the gate, killing the attacker."));
    }

    @Test
    void aSentenceThatIsOnlyACountIsACodersNote() {
        List<CasualtyCount> note = read("9 fatalities.");
        assertEquals(List.of(9), note.stream().map(CasualtyCount::low).toList());
        assertTrue(note.get(0).coded());
        assertEquals(List.of(2), killed("2 fatalities coded."));
        assertFalse(read("The strike caused 9 fatalities.").stream().anyMatch(CasualtyCount::coded), "a count in a sentence is no note");
    }

    @Test
    void countsOfPeopleAfterAKillingVerbAddUp() {
        assertEquals(List.of(5), killed("Militants hanged one Afghan and four local civilians accused of spying."));
        assertEquals(List.of(22), killed("The assault killed 12 soldiers and 10 assailants."));
        assertEquals(List.of(2), killed("The blast killed two soldiers and three civilians were wounded."), "the wounded are not dead");
        assertEquals(List.of(17), killed("The bomb killed 17 soldiers and injured 20 soldiers."));
    }

    @Test
    void theArrestedAndTheAbductedAreCountedApart() {
        List<CasualtyCount> counts = read("Police arrested 45 opposition supporters after gunmen kidnapped three engineers.");
        assertEquals(List.of(CasualtyCount.Role.ARRESTED, CasualtyCount.Role.ABDUCTED), counts.stream().map(CasualtyCount::role).toList());
        assertEquals(45, counts.get(0).low());
        assertEquals(3, counts.get(1).low());
        CasualtyCount taken = read("At least 20 students were abducted from the school.").get(0);
        assertEquals(CasualtyCount.Role.ABDUCTED, taken.role());
        assertEquals(20, taken.low());
        assertEquals(null, taken.high(), "at least: open above");
        assertEquals(12, read("Soldiers rounded up dozens of young men in the village.").get(0).low(), "dozens: ACLED's 12");
    }

    @Test
    void aLengthOfTimeIsNoCountOfTheTaken() {
        assertTrue(read("The journalist was detained for 30 days without charge.").isEmpty());
        assertTrue(read("He was kidnapped 2 years ago.").isEmpty());
    }

    @Test
    void aKillingAndAnArrestInOneSentenceKeepTheirRoles() {
        List<CasualtyCount> counts = read("Troops killed two militants and arrested five others.");
        assertEquals(List.of(CasualtyCount.Role.KILLED, CasualtyCount.Role.ARRESTED), counts.stream().map(CasualtyCount::role).toList());
        assertEquals(List.of(2, 5), counts.stream().map(CasualtyCount::low).toList());
    }
}
