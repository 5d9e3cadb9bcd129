package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;

/**
 * Which ACLED sub-event type the wording of an incident gives, one rule of the lexicons at a time (sentences
 * written for this test, in the style of agency reports).
 */
class SubEventTypeTest {
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.createDefault();
    }

    /** The sub-event type of the first event of a one-paragraph report, or null when it gives none. */
    private static String firstType(String text) {
        Extraction extraction = extractor.extract(new Document("t", null, null, LocalDateTime.parse("2021-06-01T12:00"), text, List.of()));
        return extraction.events().isEmpty() ? null : extraction.events().get(0).subEventType();
    }

    @Test
    void anArrestToldFirstIsTheIncidentWhenTheProtestIsItsReason() {
        assertEquals("Arrests", firstType("Police in Harare arrested a union leader on Monday for organising an illegal protest."));
        assertEquals("Arrests", firstType("Security agents in Khartoum detained four activists ahead of planned demonstrations."));
    }

    @Test
    void arrestsOfProtestersOrAtAProtestAreHowItWasMet() {
        assertEquals("Protest with intervention", firstType("Police in Minsk detained hundreds of protesters on Sunday."));
        assertEquals("Protest with intervention", firstType("Police in Yerevan arrested 40 people as opposition supporters staged sit-ins on Friday."));
        assertEquals("Protest with intervention", firstType("Dozens of arrests were made in Bristol during a demonstration against the new policing bill."));
    }

    @Test
    void arrestsRiotsAndLootingAreIncidentsWithoutAPlace() {
        assertEquals("Arrests", firstType("More than 200 opposition activists were arrested over the weekend, the party said."));
        assertEquals("Violent demonstration", firstType("Rioters fought with officers before breaking into the assembly building."));
        assertEquals("Looting/property destruction", firstType("Several shops were looted and two were set alight overnight."));
    }

    @Test
    void anArrestWarrantOrARoundedFigureIsNoArrest() {
        assertEquals(null, firstType("The court issued arrest warrants against 12 bankers, the prosecutor said."));
        assertEquals(null, firstType("Sales were rounded up to the nearest million dollars."));
    }

    @Test
    void aChemicalWeaponNamesTheIncidentWhateverDeliveredIt() {
        assertEquals("Chemical weapon", firstType("A regime helicopter dropped barrel bombs filled with chlorine on Saraqib on Tuesday."));
    }

    @Test
    void rocketPropelledGrenadesAreShellingAndGrenadeAttacksStayGrenades() {
        assertEquals("Shelling/artillery/missile attack", firstType("Insurgents fired rocket-propelled grenades at a patrol in Kunduz on Monday."));
        assertEquals("Grenade", firstType("Militants carried out a grenade attack on a police post in Srinagar on Monday."));
    }

    @Test
    void militaryJetsStrikeAndAirlinersDoNot() {
        assertEquals("Air/drone strike", firstType("Turkish jets struck positions near Duhok on Sunday, the ministry said."));
        assertEquals(null, firstType("The airline ordered four jets for delivery in 1989, the company said in Seattle."));
    }

    @Test
    void controlTakenOrForcesDrivenBackIsTerritory() {
        assertEquals("Government regains territory", firstType("The Iraqi army has taken full control of Garma after a week of fighting."));
        assertEquals("Non-state actor overtakes territory", firstType("Houthi rebels took full control of several villages in Hajjah province on Friday."));
    }

    @Test
    void capturedCommandersAreArrestsAndClearedMinesAreDisruptedWeapons() {
        assertEquals("Arrests", firstType("The Somali army captured a senior al-Shabaab commander near Baidoa on Thursday."));
        assertEquals("Disrupted weapons use", firstType("Engineers cleared more than 300 landmines around Marib last month, officials said."));
        assertEquals("Disrupted weapons use",
                firstType("Troops discovered an underground depot holding a large quantity of weapons near Mayadin."));
    }

    @Test
    void aFightToldBeforeTheCaptureIsAClashAndACaptureToldFirstIsTheCapture() {
        assertEquals("Armed clash", firstType("SDF fighters fought fierce battles with ISIL in Tabqa and took control of five positions on Monday."));
        assertEquals("Government regains territory", firstType("Syrian forces took full control of Kinsabba in Latakia province after fierce clashes on Monday."));
    }

    @Test
    void aCaptureThatTheNextSentenceSaysMetNoFightIsANonViolentTransfer() {
        assertEquals("Non-violent transfer of territory", firstType(
                "Al-Shabaab militants have taken control of Bardale on Monday. They entered the town after the army withdrew overnight."));
        assertEquals("Non-violent transfer of territory", firstType("Militants seized a deserted army post near Palmyra on Monday."));
    }

    @Test
    void weaponsFoundWithoutAnAuxiliaryAreDisruptedWeaponsUse() {
        assertEquals("Disrupted weapons use", firstType("Police displayed rifles seized in a raid in Bosasso on Sunday."));
    }

    @Test
    void burnedShopsArePropertyDestruction() {
        assertEquals("Looting/property destruction", firstType("Dozens of shops have been burned in Durban overnight, police said on Monday."));
    }

    @Test
    void anIncidentCarriesItsArrestedAndAbductedCounts() {
        Event arrests = extractor.extract(new Document("t", null, null, LocalDateTime.parse("2021-06-01T12:00"),
                "Security forces arrested at least 45 opposition supporters in Kampala on Tuesday.", List.of())).events().get(0);
        assertEquals("Arrests", arrests.subEventType());
        assertEquals(45, arrests.arrested());
        assertEquals(null, arrests.abducted());
        Event abduction = extractor.extract(new Document("t", null, null, LocalDateTime.parse("2021-06-01T12:00"),
                "Gunmen abducted 23 students from a school in Kaduna on Monday.", List.of())).events().get(0);
        assertEquals("Abduction/forced disappearance", abduction.subEventType());
        assertEquals(23, abduction.abducted());
        assertEquals(null, abduction.fatalities());
    }

    @Test
    void civiliansStruckMakeAnyIncidentCivilianTargeting() {
        assertEquals("Civilian targeting", first("Militants fired a rocket at houses in Ashkelon on Monday.").civilianTargeting());
        assertEquals("Civilian targeting",
                first("A mortar shell hit Maarat al-Numan on Monday. Four children were injured in the attack.").civilianTargeting());
        assertEquals(null, first("A drone struck an army post near Marib on Monday, wounding three soldiers.").civilianTargeting());
    }

    private static Event first(String text) {
        return extractor.extract(new Document("t", null, null, LocalDateTime.parse("2021-06-01T12:00"), text, List.of())).events().get(0);
    }

    @Test
    void aPhotoCaptionIsNotCodedAndTheStoryIs() {
        Extraction extraction = extractor.extract(new Document("t", null, null, LocalDateTime.parse("2021-06-01T12:00"),
                "Syrian soldiers inspect the rubble after a car bomb in Homs on Monday. Photograph: Omar Sanadiki/Reuters\n\n"
                        + "A car bomb exploded in Tartus on Monday, killing 12 people.", List.of()));
        assertEquals(1, extraction.events().size(), () -> "events: " + extraction.events());
        assertEquals(12, extraction.events().get(0).fatalities());
    }

    @Test
    void aThreatenedAttackIsCodedAsThreatened() {
        assertEquals(org.sitrep.model.Modality.THREATENED,
                first("The Houthis threatened to strike oil tankers off Hodeidah on Monday.").modality());
    }

    @Test
    void genericActorsAreNamedAfterTheCountryAsAcledNamesThem() {
        assertEquals("Protesters (Kenya)", first("Thousands of protesters marched in Nairobi on Tuesday.").actor1().name());
        assertEquals("Rioters (Kenya)", first("Rioters torched shops in Kisumu on Tuesday.").actor1().name());
    }

    @Test
    void riotPoliceAreNoRiotAndAMarchIsAProtest() {
        assertEquals("Protest with intervention", firstType("Riot police dispersed demonstrators in Tunis on Tuesday."));
        assertEquals("Excessive force against protesters", firstType("Riot police beat protesters with batons in Beirut on Saturday."));
        assertEquals("Protest with intervention", firstType("Police suppressed a peaceful march of opposition supporters in Goma on Monday."));
        assertEquals("Peaceful protest", firstType("Protesters in Kampala decried the arrests of opposition leaders on Monday."));
    }
}
