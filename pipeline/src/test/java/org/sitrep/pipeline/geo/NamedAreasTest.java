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
        assertEquals(4, areas.support(OAKTON_SOUTH, "Oakton"));
    }

    @Test
    void aDistrictIsNamedWithOrWithoutItsDivisionWord() {
        NamedAreas areas = new NamedAreas();
        areas.add("Birch", List.of(BIRCH_COUNTY));
        assertEquals(4, areas.support(town("Oakton", "S1", "Southland", "Birch", 100), "Oakton"));
    }

    @Test
    void onlyNamesakesOfTheSameKindCompete() {
        // "Birch district": the district stays a district although a town called Birch lies in a named province
        Place birchTown = town("Birch", "N1", "Northland", "Elm County", 3_000);
        NamedAreas areas = new NamedAreas();
        areas.add("Northland", List.of(NORTH));
        assertEquals(BIRCH_COUNTY, areas.prefer(List.of(BIRCH_COUNTY, birchTown), BIRCH_COUNTY, "Birch"));
    }

    @Test
    void aPlaceWhoseNamesakesAllLieInOneProvinceVotesForIt() {
        NamedAreas areas = new NamedAreas();
        areas.vote("Maple Falls", List.of(town("Maple Falls", "S1", "Southland", "Birch County", 500),
                town("Maple Falls", "S1", "Southland", "Ash County", 300)), "XX");
        // in several provinces: no vote
        areas.vote("Cedar", List.of(town("Cedar", "N1", "Northland", "Elm County", 500), town("Cedar", "S1", "Southland", "Ash County", 300)),
                "XX");
        assertEquals(1, areas.support(OAKTON_SOUTH, "Oakton"));
        assertEquals(0, areas.support(OAKTON_NORTH, "Oakton"));
        assertEquals(OAKTON_SOUTH, areas.prefer(List.of(OAKTON_NORTH, OAKTON_SOUTH), OAKTON_NORTH, "Oakton"));
    }

    @Test
    void aNamedProvinceOutweighsVotes() {
        NamedAreas areas = new NamedAreas();
        areas.vote("Maple Falls", List.of(town("Maple Falls", "S1", "Southland", "Birch County", 500)), "XX");
        areas.add("Northland", List.of(NORTH));
        assertEquals(OAKTON_NORTH, areas.prefer(List.of(OAKTON_SOUTH, OAKTON_NORTH), OAKTON_SOUTH, "Oakton"));
    }

    @Test
    void anAbbreviationNamesItsProvince() {
        NamedAreas areas = new NamedAreas();
        areas.addAdmin1("Sth.", SOUTH);
        assertEquals(2, areas.support(OAKTON_SOUTH, "Oakton"));
        assertEquals(0, areas.support(OAKTON_NORTH, "Oakton"));
        assertEquals(0, areas.support(NORTH, "Northland"));
    }

    @Test
    void theCandidatesInsideTheMostContainersWin() {
        Place country = new Place(99, "Testland", 0, 0, "A", "PCLI", "XX", "Testland", "", "", "", 0, Place.GEONAMES);
        // "Oakton (Birch County, Southland, Testland)": the county narrows the province's two namesakes to one
        assertEquals(List.of(OAKTON_SOUTH), NamedAreas.inside(List.of(OAKTON_NORTH, OAKTON_SOUTH_OTHER_COUNTY, OAKTON_SOUTH),
                List.of(List.of(BIRCH_COUNTY), List.of(SOUTH), List.of(country))));
        // a container read first as a town elsewhere still contains through its area readings
        Place southlandTown = town("Southland", "N1", "Northland", "Elm County", 90_000);
        assertEquals(List.of(OAKTON_SOUTH_OTHER_COUNTY, OAKTON_SOUTH),
                NamedAreas.inside(List.of(OAKTON_NORTH, OAKTON_SOUTH_OTHER_COUNTY, OAKTON_SOUTH), List.of(List.of(southlandTown, SOUTH))));
        assertEquals(List.of(), NamedAreas.inside(List.of(OAKTON_NORTH), List.of(List.of(SOUTH))));
    }

    private static Place area(String name, String code, String admin1Code, String admin1Name, String admin2Name) {
        return new Place(name.hashCode(), name, 0, 0, "A", code, "XX", "Testland", admin1Code, admin1Name, admin2Name, 0, Place.GEONAMES);
    }

    private static Place town(String name, String admin1Code, String admin1Name, String admin2Name, long population) {
        return new Place((name + admin1Code + admin2Name).hashCode(), name, 0, 0, "P", "PPL", "XX", "Testland", admin1Code, admin1Name,
                admin2Name, population, Place.GEONAMES);
    }
}
