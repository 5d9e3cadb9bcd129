package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;
import org.sitrep.model.GreatCircle;
import org.sitrep.model.Modality;

/**
 * The whole pipeline on short reports of other conflicts than the seed's, in the words news agencies
 * use: the coding must not depend on Syria.
 */
class ExtractorTest {
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.createDefault();
    }

    private static Extraction extract(String text, String published) {
        return extractor.extract(new Document("t", null, null, LocalDateTime.parse(published + "T12:00"), text, List.of()));
    }

    private static Event only(Extraction extraction) {
        assertEquals(1, extraction.events().size(), () -> "events: " + extraction.events());
        return extraction.events().get(0);
    }

    @Test
    void yemenMissileAttack() {
        Event e = only(extract("Houthi forces fired missiles at Marib city on Tuesday, killing five civilians, local officials said.", "2021-02-10"));
        assertEquals("Explosions/Remote violence", e.eventType());
        assertEquals("Shelling/artillery/missile attack", e.subEventType());
        assertEquals("houthis", e.actor1().key());
        assertEquals("YE", e.location().countryCode());
        assertEquals(887, e.location().iso(), "ACLED iso: ISO 3166 numeric");
        assertEquals(5, e.fatalities());
        assertEquals("2021-02-09", e.eventDate().iso());
        assertEquals(Modality.ASSERTED, e.modality());
    }

    @Test
    void ukraineOvernightShelling() {
        Event e = only(extract("Russian forces shelled Kharkiv overnight, killing two people and wounding 12, the regional governor said.", "2022-05-03"));
        assertEquals("Shelling/artillery/missile attack", e.subEventType());
        assertEquals("russia", e.actor1().key());
        assertEquals("Kharkiv", e.location().location());
        assertEquals(2, e.fatalities());
        assertEquals(12, e.injured());
        assertEquals("2022-05-02", e.eventDate().iso());
    }

    @Test
    void arrestsAreAStrategicDevelopmentNotAProtest() {
        // protesters arrested would be the demonstration met with arrests (ACLED: Protest with intervention)
        Event e = only(extract("Police arrested 30 opposition activists in Khartoum on Sunday.", "2022-01-18"));
        assertEquals("Strategic developments", e.eventType());
        assertEquals("Arrests", e.subEventType());
        assertEquals("SD", e.location().countryCode());
        assertEquals("2022-01-16", e.eventDate().iso());
    }

    @Test
    void aDemonstrationIsCodedByWhatHappenedAtIt() {
        assertEquals("Peaceful protest", only(extract("Thousands of protesters marched in Nairobi on Tuesday.", "2023-07-12")).subEventType());
        assertEquals("Protest with intervention", only(extract(
                "Police fired tear gas to disperse protesters who marched in Nairobi on Tuesday.", "2023-07-12")).subEventType());
        assertEquals("Excessive force against protesters", only(extract(
                "Security forces opened fire on peaceful protesters in Nasiriyah on Thursday, killing four.", "2019-11-29")).subEventType());
        Event riot = only(extract("Stone-throwing protesters clashed with police in Santiago on Monday.", "2019-12-03"));
        assertEquals("Violent demonstration", riot.subEventType());
        assertEquals("Riots", riot.eventType());
    }

    @Test
    void gunmenAttackingAChurchAttackCivilians() {
        Event e = only(extract("Gunmen attacked a church in Pansi village in northern Burkina Faso on Sunday, killing 24 people.", "2020-02-18"));
        assertEquals("Violence against civilians", e.eventType());
        assertEquals("Attack", e.subEventType());
        assertEquals(24, e.fatalities());
    }

    @Test
    void seizedWeaponsAreDisruptedWeaponsUseNotACapture() {
        Event e = only(extract("Police seized seven illegal firearms and 200 rounds of ammunition in Karachi on Friday.", "2021-03-07"));
        assertEquals("Disrupted weapons use", e.subEventType());
    }

    @Test
    void theTollInTheNextSentenceIsTheIncidents() {
        Event e = only(extract("Assailants attacked a military post near Zinjibar on Monday. At least 20 soldiers were killed in the attack.",
                "2012-05-08"));
        assertEquals(20, e.fatalities());
        assertEquals(2, e.evidence().size(), "the toll's sentence joins the evidence");
    }

    @Test
    void anIncidentWithoutAPlaceKeepsItsCountryButNoPoint() {
        Event e = only(extract("Nigerian troops repelled an attack by Boko Haram fighters on Monday, the army said.", "2021-06-08"));
        assertEquals("Armed clash", e.subEventType());
        assertEquals(null, e.location().latitude(), "never a country's centroid");
        assertEquals(3, e.location().geoPrecision());
    }

    @Test
    void businessNewsCodesNoIncidentFromCommonWords() {
        Extraction e = extract("His approval rating has fallen as much as ten points. Exports rallied in the fourth week. "
                + "London Metal Exchange stocks fell to 193,100 tons. Rape oil rose to 82,900 tonnes.", "1987-03-02");
        assertEquals(List.of(), e.events());
        Event strike = only(extract("The strike affects unions in Chicago, the union said on Monday.", "1987-03-02"));
        assertEquals("Protests", strike.eventType(), "a labour strike is a protest, not an air strike");
    }

    @Test
    void aCaptureWithoutAFightIsANonViolentTransfer() {
        Event e = only(extract("Al-Shabaab fighters took control of Marka on Monday after government forces withdrew without resistance.",
                "2015-07-21"));
        assertEquals("Non-violent transfer of territory", e.subEventType());
    }

    @Test
    void aSuicideBombingClaimedInTheNextSentence() {
        Extraction x = extract("A suicide bomber blew himself up at a market in Maiduguri on Monday, killing at least 12 people. "
                + "Boko Haram claimed responsibility for the attack.", "2019-06-18");
        Event e = only(x);
        assertEquals("Suicide bomb", e.subEventType());
        assertEquals("NG", e.location().countryCode());
        assertEquals("boko-haram", e.actor1().key());
        assertEquals("boko-haram", e.claimedBy().key());
        assertEquals(12, e.fatalitiesLow());
        assertEquals(null, e.fatalitiesHigh(), "at least: no upper bound");
        assertEquals(2, e.evidence().size());
    }

    @Test
    void plannedAndDeniedEventsKeepTheirModality() {
        Event planned = only(extract("The two sides will meet in Geneva next week, the United Nations said.", "2016-09-05"));
        assertEquals(Modality.PLANNED, planned.modality());
        assertEquals("diplomacy", planned.category());
        Event denied = only(extract("The Israeli army denied that it had shelled Khan Younis.", "2024-01-05"));
        assertEquals(Modality.NEGATED, denied.modality());
    }

    @Test
    void noIncidentIsPinnedToAContinentOrATownNamedLikeIt() {
        // "Africa" is also an old name of Mahdia in Tunisia: the continent wins, and no incident is coded to a continent
        Extraction x = extract("Militants attacked villages across Africa on Monday, killing 20 people.", "2020-03-10");
        assertTrue(x.events().stream().noneMatch(e -> e.location() != null && e.location().latitude() != null), () -> "events: " + x.events());
    }

    @Test
    void aNationalTollIsNotAnIncident() {
        Extraction x = extract("The Syrian Observatory for Human Rights said a total of 120 people were killed across Syria on Friday.", "2016-09-05");
        assertTrue(x.events().isEmpty(), () -> "events: " + x.events());
        assertEquals(1, x.casualtyReports().size());
        assertEquals(120, x.casualtyReports().get(0).killed());
        assertEquals("Syrian Observatory for Human Rights", x.casualtyReports().get(0).attributedTo());
    }

    @Test
    void aPlaceNestedInTheOnesAroundItIsOneIncidentWithItsToll() {
        Event district = only(extract("A car bomb exploded in the Karrada district of Baghdad on Sunday, killing six people.", "2016-07-04"));
        assertEquals("Karrada", district.location().location());
        assertEquals(6, district.fatalities());

        Event quarter = only(extract("A drone hit a market in the Zahraa neighbourhood of northern Mosul on Sunday, killing two"
                + " civilians.", "2017-02-06"));
        assertEquals(2, quarter.fatalities(), "\"of northern Mosul\" nests the neighbourhood too");

        Event village = only(extract("Militants attacked a checkpoint in the village of Ghazni (Andar district, Ghazni province) on Sunday,"
                + " killing three policemen.", "2019-05-06"));
        assertEquals(3, village.fatalities());

        // a neighbourhood the gazetteer reads as a namesake far away, in a district it also misreads: the city holds it
        Event neighbourhood = only(extract("A drone dropped a bomb on the Zahraa neighbourhood (Al-Hadbaa district) of Mosul on"
                + " Sunday, killing two civilians.", "2017-02-06"));
        assertTrue(neighbourhood.location().geoPrecision() >= 2, "a part of the city, not the city itself");
        assertTrue(GreatCircle.km(36.34, 43.13, neighbourhood.location().latitude(),
                neighbourhood.location().longitude()) < 30, () -> "near Mosul: " + neighbourhood.location());
        assertEquals(2, neighbourhood.fatalities());
    }

    @Test
    void aListOfTownsIsOneIncidentEach() {
        Extraction x = extract("Air strikes hit Homs, Hama and Aleppo on Sunday.", "2016-09-05");
        List<String> places = x.events().stream().map(e -> e.location().location()).toList();
        assertEquals(3, places.size(), () -> "one event per town: " + places);
        assertEquals(3, places.stream().distinct().count(), () -> "three towns: " + places);
        assertEquals(List.of("Homs", "Aleppo"), List.of(places.get(0), places.get(2)));
    }

    @Test
    void anUnattributedAirStrikeIsByUnidentifiedMilitaryForces() {
        Event strike = only(extract("A drone struck a car near Marib city on Sunday.", "2021-02-08"));
        assertEquals("Air/drone strike", strike.subEventType());
        assertEquals("Unidentified Military Forces", strike.actor1().name());
        assertTrue(strike.actor1().isUnidentified());

        Event shooting = only(extract("Gunmen attacked a checkpoint near Marib city on Sunday.", "2021-02-08"));
        assertEquals("Unidentified Armed Group", shooting.actor1().name(), "only air strikes imply an air force");
    }

    @Test
    void whoInterceptsAnAttackIsNotItsAttacker() {
        Extraction x = extract("Saudi air defences intercepted a drone targeting Jizan on Sunday."
                + " The Houthis claimed responsibility for the attack.", "2021-02-08");
        Event interception = x.events().stream().filter(e -> e.subEventType().equals("Disrupted weapons use")).findFirst()
                .orElseThrow(() -> new AssertionError("events: " + x.events()));
        assertEquals("saudi-coalition", interception.actor1().key());
        assertEquals("houthis", interception.claimedBy().key(), "the claim names the attacker, not the interceptor");
        assertEquals("houthis", interception.actor2().key());
    }

    @Test
    void myanmarsLocalDefenceForcesAreAnUnidentifiedAntiCoupGroup() {
        Event e = only(extract("Local defense forces attacked a military camp in Monywa with three drones on Sunday.", "2023-02-06"));
        assertEquals("Unidentified Anti-Coup Armed Group", e.actor1().name());
    }

    @Test
    void theWordsOfADateAreNoPlace() {
        Document document = new Document("t", null, null, LocalDateTime.parse("2017-01-31T12:00"),
                "On Jan 30th, militants shelled east Mosul, killing 3 civilians.", List.of());
        AnnotatedSentence sentence = extractor.annotate(document).sentences().get(0);
        assertEquals(List.of("Mosul"), sentence.places().stream().map(p -> p.text()).toList());
        assertEquals(3, only(extractor.extract(document)).fatalities(), "one place, so the toll is its incident's");
    }

    @Test
    void theFirstOfAJointForceActsAndTheCountedVictimsDoNot() {
        Event joint = only(extract("Joint forces of the KNLA (B-27) and the PDF attacked a military camp in Monywa with drones on Sunday.",
                "2023-05-08"));
        assertEquals("knu", joint.actor1().key(), "the unit number in parentheses does not break the run of actors");
        assertEquals(List.of("PDF: People's Defense Force"), joint.assocActor1());

        Event strike = only(extract("A drone strike hit an army post near Marib city on Sunday. At least three soldiers died in"
                + " the drone strike.", "2021-02-08"));
        assertEquals("Unidentified Military Forces", strike.actor1().name(), "the soldiers who died did not strike");
        assertEquals(3, strike.fatalities());
    }

    @Test
    void aShootingKillingIsAnIncidentAndAForcesNameIsNoPlace() {
        Event killing = only(extract("Gunmen shot and killed a police officer in Aden on Sunday.", "2023-05-08"));
        assertEquals("Attack", killing.subEventType());
        assertEquals(1, killing.fatalities());

        Event raid = only(extract("Al-Shabaab fighters attacked a base of the Puntland Maritime Police Force near Bosaso on Sunday.",
                "2023-05-08"));
        assertEquals("Bosaso", raid.location().location(), "\"Maritime\" names a force here, not a place");
    }

    @Test
    void aLaterNumberReplacesAVagueCountAndACodersNoteReplacesAny() {
        Event vague = only(extract("Several fighters were killed in a drone strike near Deir ez-Zor on Sunday."
                + " Unknown number of fatalities coded as 10.", "2019-05-06"));
        assertEquals(10, vague.fatalities());
        Event coded = only(extract("A drone struck an army outpost near Myawaddy on Sunday. Five soldiers were killed over two days."
                + " 5 fatalities split across two days, coded as 3 for this event.", "2023-05-08"));
        assertEquals(3, coded.fatalities());
        Event exact = only(extract("Militants attacked a checkpoint near Zinjibar on Monday, killing four soldiers."
                + " Six people were killed in the attack.", "2012-05-08"));
        assertEquals(4, exact.fatalities(), "an exact count is kept");
    }
}
