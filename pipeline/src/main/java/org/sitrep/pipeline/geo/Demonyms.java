package org.sitrep.pipeline.geo;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.Place;

/**
 * Tells the adjective or people of a country or province ("Canadian", "Mexicans", "Sri Lankan", "Chinese") from a
 * place: the gazetteer matches such words to namesake towns (there is a Canadian in Texas) or fuzzily to others,
 * and sitrep does not report demonyms as places. A word is a demonym when, with its ending exchanged by
 * English's regular rules (-n, -an, -ian, -ican, -i, -ese, and their plurals), it is the name of a
 * country, continent or admin-1 area.
 */
final class Demonyms {
    /** The ending of a demonym, plural or not; {@link #bases} says what it replaces in the place name. */
    private static final Pattern ENDING = Pattern.compile("(?:(ican|ian|an|n|i|ese)s?)$");

    private final Gazetteer gazetteer;

    Demonyms(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Whether the surface (with the capitalised word before it, if any, for "Sri Lankan") is a demonym and not
     * itself the name of an area ("Jordan", "Michigan").
     */
    boolean isDemonym(String surface, String wordBefore) {
        Matcher m = ENDING.matcher(surface);
        if (!m.find() || isArea(gazetteer.strictCandidates(surface))) {
            return false;
        }
        String stem = surface.substring(0, m.start());
        for (String base : bases(stem, m.group(1))) {
            if (isArea(gazetteer.strictCandidates(base)) || (wordBefore != null && isArea(gazetteer.strictCandidates(wordBefore + " " + base)))) {
                return true;
            }
        }
        return false;
    }

    /** The place names a demonym's stem may come from: "Canad"+"ian" → Canada, "Mexic"+"an" → Mexico, "Chin"+"ese" → China. */
    private static List<String> bases(String stem, String ending) {
        return switch (ending) {
            case "ican" -> List.of(stem + "ica", stem + "ico");
            case "ian" -> List.of(stem + "ia", stem + "a", stem + "y", stem);
            case "an" -> List.of(stem + "a", stem + "o", stem);
            case "n" -> List.of(stem);
            case "ese" -> List.of(stem + "a", stem + "on", stem);
            default -> List.of(stem); // "i": Israeli, Iraqi, Pakistani
        };
    }

    private static boolean isArea(List<Place> places) {
        return !places.isEmpty() && (places.get(0).isCountry() || places.get(0).isContinent() || places.get(0).isAdmin1());
    }
}
