package org.sitrep.pipeline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Persons' names on the shipped given names and titles. */
class PersonNamesTest {
    private static final PersonNames NAMES = PersonNames.load();

    private static List<String> surnames(String text) {
        return NAMES.find(text).stream().map(PersonNames.Person::surname).toList();
    }

    @Test
    void aGivenNameWithInitialsAndNicknamesEndsInTheSurname() {
        assertEquals(List.of("Williams"), surnames("Police arrested Sheila D. Williams, 41, of Alexandria."));
        assertEquals(List.of("Hall"), surnames("Alderman Mike \"Sonny\" Hall was unaware of it."));
    }

    @Test
    void aCapitalisedTitleStartsAName() {
        List<PersonNames.Person> persons = NAMES.find("Sheriff Beauregard “Bud” Torres said the boy was booked.");
        assertEquals(1, persons.size());
        assertEquals("Torres", persons.get(0).surname());
        assertEquals(true, persons.get(0).titled());
        assertEquals(true, persons.get(0).marked());
        assertEquals(List.of(), surnames("It is the major Iraqi city on the river."));
    }

    @Test
    void aFullStopEndsTheName() {
        String text = "It was named after Benjamin Franklin. Franklin County grew.";
        PersonNames.Person first = NAMES.find(text).get(0);
        assertEquals("Franklin", first.surname());
        assertEquals(text.indexOf("Franklin.") + "Franklin.".length(), first.end());
    }

    @Test
    void aGivenNameAloneIsNoPerson() {
        assertEquals(List.of(), surnames("Michael said nothing."));
    }
}
