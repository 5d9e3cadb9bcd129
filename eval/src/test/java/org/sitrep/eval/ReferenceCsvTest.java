package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceCsvTest {
    private static final Path DRONE_REFERENCES = Path.of(
            System.getProperty("sitrep.shared", "../../shared"), "eval", "drone-gtd-acled");

    @TempDir
    Path temp;

    @Test
    void readsTheSemicolonSeparatedDroneDatabaseWithItsExcelSeparatorLine() {
        List<ReferenceIncident> incidents = ReferenceCsv.read(DRONE_REFERENCES.resolve("Acled_GTD_Drone_Database_20260509.csv"));

        assertEquals(1524, incidents.size());
        ReferenceIncident first = incidents.getFirst();
        assertEquals("201202240001", first.id());
        assertTrue(first.text().startsWith("02/24/2012: Three suicide bombers attacked a police station"));
        assertEquals(LocalDate.of(2012, 2, 24), first.date());
        assertEquals("Pakistan", first.country());
        assertEquals("Khyber Pakhtunkhwa", first.admin1());
        assertEquals("Kotwali", first.location());
        assertEquals(34.004299, first.latitude());
        assertEquals(71.54483, first.longitude());
        // the summary also says "revenge for a drone strike": the suicide-bomb rule must come first
        assertEquals("Explosions/Remote violence", first.eventType());
        assertEquals("Suicide bomb", first.subEventType());
        assertEquals("Abdullah Azzam Brigades", first.actor1());
        assertEquals(6, first.fatalities());
        assertEquals(6, first.injured());
        assertEquals(false, first.civilianTargeting(), "a police station is no civilian target");
        // the ACLED rows merged into the GTD layout leave nwound and targtype1_txt empty: not scored
        assertEquals(465, incidents.stream().filter(i -> i.injured() != null).count());
        assertEquals(364, incidents.stream().filter(i -> i.civilianTargeting() != null).count());
        // GTD's "Unknown" perpetrator is no actor to score against
        assertEquals(59, incidents.stream().filter(i -> i.actor1() == null).count());
    }

    @Test
    void readsTheCommaSeparatedSyriaIraqSubset() {
        List<ReferenceIncident> incidents = ReferenceCsv.read(DRONE_REFERENCES.resolve("syria_iraq_2014_2017.csv"));

        assertEquals(128, incidents.size());
        ReferenceIncident mortars = incidents.get(0);
        assertEquals("201610120045", mortars.id());
        assertEquals("Rasha", mortars.location());
        assertEquals("Shelling/artillery/missile attack", mortars.subEventType());
        assertEquals("Free Syrian Army", mortars.actor1());
        assertNull(mortars.fatalities(), "nkill N/A is unknown, not 0");
        assertNull(mortars.injured(), "nwound N/A is unknown, not 0");
        assertEquals(true, mortars.civilianTargeting());
        ReferenceIncident carBomb = incidents.get(1);
        assertEquals("Remote explosive/landmine/IED", carBomb.subEventType());
        assertEquals(8, carBomb.fatalities());
        assertEquals(58, carBomb.injured());
        assertEquals(true, carBomb.civilianTargeting(), "GTD's Business target is civilian");
        ReferenceIncident downedDrone = incidents.stream().filter(i -> i.id().equals("IRQ7366")).findFirst().orElseThrow();
        assertEquals("Strategic developments", downedDrone.eventType());
        assertEquals("Disrupted weapons use", downedDrone.subEventType());
        assertEquals(0, downedDrone.fatalities());
    }

    @Test
    void readsTheAcledLayout() throws URISyntaxException {
        Path sample = Path.of(Objects.requireNonNull(getClass().getResource("acled-sample.csv")).toURI());

        List<ReferenceIncident> incidents = ReferenceCsv.read(sample);

        assertEquals(4, incidents.size());
        assertEquals(new ReferenceIncident("SYR90001",
                "On 5 September 2016, Russian warplanes carried out airstrikes on Saraqib, killing 4 civilians, including a child.",
                LocalDate.of(2016, 9, 5), "Syria", "Idleb", "Saraqib", 35.8624, 36.8006,
                "Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia (2000-)", 4, null, true),
                incidents.get(0));
        ReferenceIncident ied = incidents.get(1);
        assertEquals(LocalDate.of(2017, 3, 14), ied.date());
        assertEquals(false, ied.civilianTargeting(), "an empty civilian_targeting cell is ACLED's no");
        assertTrue(ied.text().contains("two \"Hashd\" fighters.\nNo fatalities"), ied.text());
        assertEquals(0, ied.fatalities());
        assertEquals(LocalDate.of(2020, 5, 21), incidents.get(2).date());
        ReferenceIncident withoutId = incidents.get(3);
        assertEquals("row-4", withoutId.id());
        assertNull(withoutId.latitude());
        assertNull(withoutId.fatalities());
    }

    @Test
    void gtdDayZeroLeavesTheDateUnknown() throws IOException {
        Path csv = write("day0.csv", """
                sep=,
                eventid,year,month,day,country_txt,provstate,city,latitude,longitude,summary,attacktype1_txt,weaptype1_txt,targtype1_txt,gname,nkill
                201505000001,2015,5,0,Iraq,Anbar,Unknown,N/A,N/A,"05/00/2015: Assailants attacked a checkpoint, firing on soldiers.",Armed Assault,Firearms,Military,Unknown,-99
                """);

        ReferenceIncident incident = ReferenceCsv.read(csv).getFirst();

        assertNull(incident.date());
        assertNull(incident.location());
        assertNull(incident.latitude());
        assertNull(incident.actor1());
        assertNull(incident.fatalities());
        assertNull(incident.injured(), "a GTD file without nwound says nothing of the injured");
        assertEquals(false, incident.civilianTargeting());
        assertEquals("Battles", incident.eventType());
        assertNull(incident.subEventType(), "GTD cannot tell a clash from a takeover");
    }

    @Test
    void gtdInjuredAndTargetTypesGiveInjuredAndCivilianTargetingWhereTheySaySomething() throws IOException {
        Path csv = write("targets.csv", """
                eventid,year,month,day,country_txt,provstate,city,latitude,longitude,summary,attacktype1_txt,weaptype1_txt,targtype1_txt,gname,nkill,nwound
                1,2016,9,5,Syria,Idleb,Saraqib,35.86,36.80,A drone struck a wedding.,Bombing/Explosion,Explosives,Private Citizens & Property,Unknown,2,3
                2,2016,9,5,Syria,Idleb,Saraqib,35.86,36.80,A drone struck an army post.,Bombing/Explosion,Explosives,military,Unknown,0,-99
                3,2016,9,5,Syria,Idleb,Saraqib,35.86,36.80,A drone struck a power plant.,Bombing/Explosion,Explosives,Utilities,Unknown,0,N/A
                4,2016,9,5,Syria,Idleb,Saraqib,35.86,36.80,A drone struck something.,Bombing/Explosion,Explosives,Unknown,Unknown,0,
                5,2016,9,5,Syria,Idleb,Saraqib,35.86,36.80,A drone struck.,Bombing/Explosion,Explosives,,Unknown,0,0
                """);

        List<ReferenceIncident> incidents = ReferenceCsv.read(csv);

        assertEquals(Arrays.asList(3, null, null, null, 0),
                incidents.stream().map(ReferenceIncident::injured).toList());
        // Utilities: the type does not say who was hit; Unknown and an empty cell say nothing
        assertEquals(Arrays.asList(true, false, null, null, null),
                incidents.stream().map(ReferenceIncident::civilianTargeting).toList());
    }

    @Test
    void anAcledFileWithoutTheCivilianTargetingColumnIsNotScoredOnIt() throws IOException {
        Path csv = write("no-flag.csv", """
                event_id_cnty,event_date,event_type,sub_event_type,actor1,country,admin1,location,latitude,longitude,notes,fatalities
                X1,2020-01-01,Battles,Armed clash,A,Syria,Idleb,Saraqib,35.8,36.8,a clash,0
                """);

        ReferenceIncident incident = ReferenceCsv.read(csv).getFirst();

        assertNull(incident.civilianTargeting());
        assertNull(incident.injured());
    }

    @Test
    void aHeaderOfNeitherLayoutNamesTheFileAndTheMissingColumns() throws IOException {
        Path csv = write("other.csv", "id;text;when\n1;something happened;2020-01-01\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ReferenceCsv.read(csv));

        assertTrue(error.getMessage().contains("other.csv"), error.getMessage());
        assertTrue(error.getMessage().contains("neither the GTD layout"), error.getMessage());
        assertTrue(error.getMessage().contains("event_date"), error.getMessage());
    }

    @Test
    void anUnclosedQuoteIsAClearError() throws IOException {
        Path csv = write("unclosed.csv", """
                event_id_cnty,event_date,event_type,sub_event_type,actor1,country,admin1,location,latitude,longitude,notes,fatalities
                X1,2020-01-01,Battles,Armed clash,A,Syria,Idleb,Saraqib,35.8,36.8,"an unclosed note,0
                """);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ReferenceCsv.read(csv));

        assertTrue(error.getMessage().startsWith(csv + ": malformed CSV"), error.getMessage());
    }

    @Test
    void aRowWithTooFewFieldsOrAnUnreadableNumberIsAClearError() throws IOException {
        String header = "event_id_cnty,event_date,event_type,sub_event_type,actor1,country,admin1,location,latitude,longitude,notes,fatalities\n";
        Path shortRow = write("short.csv", header + "X1,2020-01-01,Battles\n");
        Path badLatitude = write("bad.csv", header + "X1,2020-01-01,Battles,Armed clash,A,Syria,Idleb,Saraqib,north,36.8,note,0\n");

        String shortMessage = assertThrows(IllegalArgumentException.class, () -> ReferenceCsv.read(shortRow)).getMessage();
        String badMessage = assertThrows(IllegalArgumentException.class, () -> ReferenceCsv.read(badLatitude)).getMessage();

        assertEquals(shortRow + ": row 1 has 3 fields, the header has 12", shortMessage);
        assertEquals(badLatitude + ": row 1, column latitude: cannot read 'north'", badMessage);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content);
    }
}
