package org.sitrep.pipeline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.gazetteer.Place;

class NamedAreasTest {
    // made-up places: the rule must not depend on any real one
    private static final Place NORTH = area("Northland", "ADM1", "N1", "Northland", "");
    private static final Place SOUTH = area("Southland", "ADM1", "S1", "Southland", "");
    private static final Place BIRCH_COUNTY = area("Birch County", "ADM2", "S1", "Southland", "");
    private static final Place OAKTON_NORTH = town("Oakton", "N1", "Northland", "Elm County", 50_000);
    private static final Place OAKTON_SOUTH = town("Oakton", "S1", "Southland", "Birch County", 2_000);
    private static final Place OAKTON_SOUTH_OTHER_COUNTY = town("Oakton", "S1", "Southland", "Ash County", 3_000);
    private static final Place OAKTON_ALIAS = town("Pinehurst", "S1", "Southland", "Birch County", 9_000);

    @Test
    void aNamedProvincePicksTheNamesakeInIt() {
        NamedAreas areas = new NamedAreas();
        areas.add("Southland", List.of(SOUTH));
        List<Place> candidates = List.of(OAKTON_NORTH, OAKTON_SOUTH);
        assertEquals(OAKTON_SOUTH, areas.prefer(candidates, OAKTON_NORTH, "Oakton"));
    }

    @Test
    void aNamedDistrictOutweighsTheProvinceAlone() {
        NamedAreas areas = new NamedAreas();
        areas.add("Southland", List.of(SOUTH));
        areas.add("Birch", List.of(BIRCH_COUNTY));
        List<Place> candidates = List.of(OAKTON_NORTH, OAKTON_SOUTH_OTHER_COUNTY, OAKTON_SOUTH);
        assertEquals(OAKTON_SOUTH, areas.prefer(candidates, OAKTON_NORTH, "Oakton"));
    }

    @Test
    void withoutNamedAreasTheChoiceStands() {
        NamedAreas areas = new NamedAreas();
        areas.add("Westland", List.of(area("Westland", "ADM1", "W1", "Westland", "")));
        assertEquals(OAKTON_NORTH, areas.prefer(List.of(OAKTON_NORTH, OAKTON_SOUTH), OAKTON_NORTH, "Oakton"));
    }

    @Test
    void aNameDoesNotSupportItsOwnReadings() {
        // "Southland" is both the province and a town elsewhere: the name alone names the province for no one but itself
        Place southlandTown = town("Southland", "S1", "Southland", "Birch County", 1_000);
        Place southlandNorth = town("Southland", "N1", "Northland", "Elm County", 40_000);
        NamedAreas areas = new NamedAreas();
        areas.add("Southland", List.of(SOUTH, southlandNorth, southlandTown));
        assertEquals(southlandNorth, areas.prefer(List.of(southlandNorth, southlandTown), southlandNorth, "Southland"));
    }

    @Test
    void anAlternateNameDoesNotDisplaceThePlaceOfThatName() {
        NamedAreas areas = new NamedAreas();
        areas.add("Southland", List.of(SOUTH));
        assertEquals(OAKTON_NORTH, areas.prefer(List.of(OAKTON_NORTH, OAKTON_ALIAS), OAKTON_NORTH, "Oakton"));
    }

    @Test
    void aCountyNamesItsAreaOnlyAsTheBestReadingOfItsName() {
        NamedAreas areas = new NamedAreas();
        areas.add("Birch", List.of(town("Birch", "N1", "Northland", "Elm County", 80_000), BIRCH_COUNTY));
        assertEquals(0, areas.support(OAKTON_SOUTH, "Oakton"));
        areas.add("Birch County", List.of(BIRCH_COUNTY));
        assertEquals(2, areas.support(OAKTON_SOUTH, "Oakton"));
    }

    @Test
    void anAbbreviationNamesItsProvince() {
        NamedAreas areas = new NamedAreas();
        areas.addAdmin1("Sth.", SOUTH);
        assertEquals(1, areas.support(OAKTON_SOUTH, "Oakton"));
        assertEquals(0, areas.support(OAKTON_NORTH, "Oakton"));
        assertEquals(0, areas.support(NORTH, "Northland"));
    }

    private static Place area(String name, String code, String admin1Code, String admin1Name, String admin2Name) {
        return new Place(name.hashCode(), name, 0, 0, "A", code, "XX", "Testland", admin1Code, admin1Name, admin2Name, 0, Place.GEONAMES);
    }

    private static Place town(String name, String admin1Code, String admin1Name, String admin2Name, long population) {
        return new Place((name + admin1Code + admin2Name).hashCode(), name, 0, 0, "P", "PPL", "XX", "Testland", admin1Code, admin1Name,
                admin2Name, population, Place.GEONAMES);
    }
}
