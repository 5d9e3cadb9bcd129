package org.sitrep.pipeline.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.gazetteer.NameFolder;
import org.sitrep.gazetteer.Place;

/**
 * The administrative areas a report names, to choose among the namesakes of a place: a town name in a
 * report that also names a county or state is the namesake in them, and a village followed by "(X
 * township, Y district, Z state)" is the namesake in Y and Z. An area counts as named when it is among the
 * first readings of another name of the report, whatever that name itself is resolved to: a department's
 * name names the department even where, alone, it would be read as a town elsewhere — the hierarchy of the
 * candidates is matched first, the containers' own resolution does not matter.
 */
final class NamedAreas {
    /**
     * A name names an admin-1 area among its first readings only: "Georgia" names the state as well as the
     * country, but a town called after a state ("Washington" has 30 namesake counties) does not name them all.
     */
    static final int READINGS = 3;

    /** A division word ending an area's name. */
    private static final Pattern DIVISION_WORD = Pattern.compile(
            "(?i)\\s+(?:district|county|township|municipality|department|parish|borough|division|region|province)$");

    /** Area key → the folded names of the report that name it. */
    private final Map<String, Set<String>> namers = new HashMap<>();
    /** Admin-1 key → the folded names of the report whose every namesake in the report's country lies in it. */
    private final Map<String, Set<String>> voters = new HashMap<>();

    /** Records the areas that a name of the report, with its candidates best first, names. */
    void add(String surface, List<Place> candidates) {
        String key = NameFolder.key(surface);
        for (int i = 0; i < Math.min(READINGS, candidates.size()); i++) {
            Place area = candidates.get(i);
            if (area.isAdmin1()) {
                namers.computeIfAbsent(admin1Key(area), k -> new HashSet<>()).add(key);
            } else if (area.isAdmin2() && i == 0) {
                // a county or district is named when it is the name's best reading ("Birch County"): the many
                // counties named after people and towns would otherwise put every place in some county
                namers.computeIfAbsent(admin2Key(area.countryCode(), area.admin1Code(), area.name()), k -> new HashSet<>()).add(key);
            }
        }
    }

    /**
     * Records the admin-1 area a name of the report lies in when all its namesakes in the report's country lie
     * in that one area: a town name found in one state only says the report is about that state, a name
     * found in many states says nothing.
     */
    void vote(String surface, List<Place> candidates, String focus) {
        String area = null;
        for (Place place : candidates) {
            if (!place.countryCode().equals(focus) || place.isCountry() || place.isContinent()) {
                continue;
            }
            if (place.admin1Code().isEmpty() || (area != null && !area.equals(admin1Key(place)))) {
                return;
            }
            area = admin1Key(place);
        }
        if (area != null) {
            voters.computeIfAbsent(area, k -> new HashSet<>()).add(NameFolder.key(surface));
        }
    }

    /** Records an admin-1 area named without a gazetteer lookup (a state's abbreviation, "Ga."). */
    void addAdmin1(String surface, Place area) {
        namers.computeIfAbsent(admin1Key(area), k -> new HashSet<>()).add(NameFolder.key(surface));
    }

    /**
     * How strongly the report's other names place {@code place}: 4 for a named admin-2 area it lies in, 2 for a
     * named admin-1 area, 1 for an admin-1 area that other places of the report lie in, summed. The name being
     * resolved does not support its own readings: "Washington" does not put a town called Washington in
     * Washington state.
     */
    int support(Place place, String surface) {
        if (place.isCountry() || place.isContinent() || place.admin1Code().isEmpty()) {
            return 0;
        }
        String own = NameFolder.key(surface);
        if (place.isAdmin1()) {
            return 0;
        }
        int support = 0;
        if (namedBy(namers, admin1Key(place), own)) {
            support += 2;
        }
        if (namedBy(voters, admin1Key(place), own)) {
            support += 1;
        }
        if (!place.isAdmin2() && !place.admin2Name().isEmpty()
                && namedBy(namers, admin2Key(place.countryCode(), place.admin1Code(), place.admin2Name()), own)) {
            support += 4;
        }
        return support;
    }

    /** Whether other names of the report lie in, or name, the admin-1 area (beside {@code surface} itself). */
    boolean isSupported(Place admin1, String surface) {
        String own = NameFolder.key(surface);
        return namedBy(namers, admin1Key(admin1), own) || namedBy(voters, admin1Key(admin1), own);
    }

    /**
     * The candidate the named areas support most, when it is supported more than {@code chosen}; else
     * {@code chosen}. Among equally supported candidates the earlier (better ranked) wins. Only a namesake of
     * the same kind competes — a town with towns, a district with districts — since the kind was settled by
     * the ranking and the words around the name ("Birch district"); and where the chosen place bears the
     * name as written, a namesake known by it only as an alternate name (a town once called so)
     * does not displace it.
     */
    Place prefer(List<Place> candidates, Place chosen, String surface) {
        String key = NameFolder.key(surface);
        boolean ownName = NameFolder.key(chosen.name()).equals(key);
        Place best = chosen;
        int bestSupport = support(chosen, surface);
        for (Place candidate : candidates) {
            if ((ownName && !NameFolder.key(candidate.name()).equals(key)) || candidate.isAdmin2() != chosen.isAdmin2()
                    || candidate.isPopulatedPlace() != chosen.isPopulatedPlace()) {
                continue;
            }
            int support = support(candidate, surface);
            if (support > bestSupport) {
                best = candidate;
                bestSupport = support;
            }
        }
        return best;
    }

    /**
     * The candidates that lie inside the most of the given containers (each a name's readings, best first: a
     * country, or the admin-1 and admin-2 areas among its first {@value #READINGS}), best first; empty when
     * none lies in any. The containers' own resolution does not matter: "(..., Z department)" places a village
     * in the department although the department's name alone might be read as a town elsewhere.
     */
    static List<Place> inside(List<Place> candidates, List<List<Place>> containers) {
        if (containers.isEmpty()) {
            return List.of();
        }
        int most = 0;
        List<Place> inside = new ArrayList<>();
        for (Place candidate : candidates) {
            int count = 0;
            for (List<Place> readings : containers) {
                if (readings.stream().limit(READINGS).anyMatch(area -> contains(area, candidate))) {
                    count++;
                }
            }
            if (count > most) {
                most = count;
                inside.clear();
            }
            if (count == most && count > 0) {
                inside.add(candidate);
            }
        }
        return inside;
    }

    private static boolean contains(Place area, Place place) {
        if (!area.countryCode().equals(place.countryCode()) || place.isCountry() || place.isContinent() || place.equals(area)) {
            return false;
        }
        if (area.isCountry()) {
            return true;
        }
        if (place.isAdmin1() || area.admin1Code().isEmpty() || !area.admin1Code().equals(place.admin1Code())) {
            return false;
        }
        if (area.isAdmin1()) {
            return true;
        }
        return area.isAdmin2() && !place.isAdmin2()
                && admin2Key(area.countryCode(), area.admin1Code(), area.name()).equals(
                admin2Key(place.countryCode(), place.admin1Code(), place.admin2Name()));
    }

    private static boolean namedBy(Map<String, Set<String>> index, String areaKey, String own) {
        Set<String> names = index.get(areaKey);
        return names != null && (names.size() > 1 || !names.contains(own));
    }

    private static String admin1Key(Place place) {
        return place.countryCode() + "|" + place.admin1Code();
    }

    /**
     * Sources write a district's name with or without its division word ("Birch District" in GeoNames, "Birch"
     * as the district of a Who's On First village), so the word is left out of the key.
     */
    private static String admin2Key(String countryCode, String admin1Code, String admin2Name) {
        return countryCode + "|" + admin1Code + "|" + NameFolder.key(DIVISION_WORD.matcher(admin2Name).replaceFirst(""));
    }
}
