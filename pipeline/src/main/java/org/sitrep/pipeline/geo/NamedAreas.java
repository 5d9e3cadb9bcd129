package org.sitrep.pipeline.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.gazetteer.NameFolder;
import org.sitrep.gazetteer.Place;

/**
 * The administrative areas a report names, to choose among the namesakes of a place: "Gainesville" in a
 * report that also names Hall County or Georgia is the Gainesville in them, and a village followed by "(X
 * township, Y district, Z state)" is the namesake in Y and Z. An area counts as named when it is among the
 * first readings of another name of the report, whatever that name itself is resolved to: "Cauca" names the
 * Colombian department even where, alone, it would be read as a town elsewhere — the hierarchy of the
 * candidates is matched first, the containers' own resolution does not matter.
 */
final class NamedAreas {
    /**
     * A name names an admin-1 area among its first readings only: "Georgia" names the state as well as the
     * country, but a town called after a state ("Washington" has 30 namesake counties) does not name them all.
     */
    static final int READINGS = 3;

    /** Area key → the folded names of the report that name it. */
    private final Map<String, Set<String>> namers = new HashMap<>();

    /** Records the areas that a name of the report, with its candidates best first, names. */
    void add(String surface, List<Place> candidates) {
        String key = NameFolder.key(surface);
        for (int i = 0; i < Math.min(READINGS, candidates.size()); i++) {
            Place area = candidates.get(i);
            if (area.isAdmin1()) {
                namers.computeIfAbsent(admin1Key(area), k -> new HashSet<>()).add(key);
            } else if (area.isAdmin2() && i == 0) {
                // a county or district is named when it is the name's best reading ("Hall County"): the many
                // counties named after people and towns would otherwise put every place in some county
                namers.computeIfAbsent(admin2Key(area.countryCode(), area.admin1Code(), area.name()), k -> new HashSet<>()).add(key);
            }
        }
    }

    /** Records an admin-1 area named without a gazetteer lookup (a state's abbreviation, "Ga."). */
    void addAdmin1(String surface, Place area) {
        namers.computeIfAbsent(admin1Key(area), k -> new HashSet<>()).add(NameFolder.key(surface));
    }

    /**
     * How strongly the report's other names place {@code place}: 2 for a named admin-2 area it lies in, 1 for a
     * named admin-1 area, summed. The name being resolved does not support its own readings: "Washington"
     * does not put a town called Washington in Washington state.
     */
    int support(Place place, String surface) {
        if (place.isCountry() || place.isContinent() || place.admin1Code().isEmpty()) {
            return 0;
        }
        String own = NameFolder.key(surface);
        int support = 0;
        if (!place.isAdmin1() && namedBy(admin1Key(place), own)) {
            support += 1;
        }
        if (!place.isAdmin1() && !place.isAdmin2() && !place.admin2Name().isEmpty()
                && namedBy(admin2Key(place.countryCode(), place.admin1Code(), place.admin2Name()), own)) {
            support += 2;
        }
        return support;
    }

    /**
     * The candidate the named areas support most, when it is supported more than {@code chosen}; else
     * {@code chosen}. Among equally supported candidates the earlier (better ranked) wins. Where the chosen
     * place bears the name as written, a namesake known by it only as an alternate name ("Paris" for a
     * town once called so) does not displace it.
     */
    Place prefer(List<Place> candidates, Place chosen, String surface) {
        String key = NameFolder.key(surface);
        boolean ownName = NameFolder.key(chosen.name()).equals(key);
        Place best = chosen;
        int bestSupport = support(chosen, surface);
        for (Place candidate : candidates) {
            if (ownName && !NameFolder.key(candidate.name()).equals(key)) {
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

    private boolean namedBy(String areaKey, String own) {
        Set<String> names = namers.get(areaKey);
        return names != null && (names.size() > 1 || !names.contains(own));
    }

    private static String admin1Key(Place place) {
        return place.countryCode() + "|" + place.admin1Code();
    }

    private static String admin2Key(String countryCode, String admin1Code, String admin2Name) {
        return countryCode + "|" + admin1Code + "|" + NameFolder.key(admin2Name);
    }
}
