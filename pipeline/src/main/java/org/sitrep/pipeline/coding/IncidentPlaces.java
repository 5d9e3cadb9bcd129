package org.sitrep.pipeline.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.gazetteer.NameFolder;
import org.sitrep.gazetteer.Place;
import org.sitrep.model.GreatCircle;
import org.sitrep.pipeline.AnnotatedSentence;
import org.sitrep.pipeline.geo.PlaceMention;

/**
 * Which of a sentence's places are where incidents happened, and which only say where another place lies.
 * A list of peers ("Tartus, Homs and a suburb of Damascus") is one incident place each; a description that
 * nests a place in the ones around it ("the Al Farouk neighbourhood (Old City district), Mosul", "Al Joura
 * neighbourhood of Deir ez-Zor city") names one place, and one incident: counting each level as a place
 * would split the incident and its toll.
 */
final class IncidentPlaces {
    /** The words for a part of a settlement or an administrative unit that follow or precede its name. */
    private static final String UNIT = "(?:neighbou?rhoods?|district|sub-?district|village|town|city|area|quarter"
            + "|suburb|camp|township|county|locality|municipality|commune|province|governorate|state|region"
            + "|street|road|square|market)";
    /** The part of a town a place lies in: "(the) northern", "northeast". */
    private static final String QUARTER = "(?:(?:north|south|east|west|central)(?:ern)?(?:-?(?:east|west)(?:ern)?)?\\s+)?";
    /**
     * The text between a place and the one it lies in: a unit word, then an opening or closing parenthesis,
     * a comma, "of" or "in" and a quarter ("neighborhood (", "district), ", "district) of northern ", " area in the
     * northeast "), or a parenthesis that
     * names an intermediate unit the gazetteer does not know or a coder's remark ("neighborhood (Old City
     * district), ", "village (coded as Htan Zin (North)) (").
     */
    private static final Pattern NESTING = Pattern.compile("(?i)^(?=.*[(),]|.*\\b(?:of|in)\\b)\\s*(?:" + UNIT + "\\s*)?"
            + "(?:\\((?:[^()]|\\([^()]*\\)){1,80}\\)|\\(|\\))?\\s*(?:,|of|in)?\\s*(?:the\\s+)?" + QUARTER + "$");
    /** The unit words after a name that make it an administrative area's ("Cukurca district", "Mon state"). */
    private static final Pattern AREA_UNIT_AFTER = Pattern.compile(
            "(?i)^\\s+(?:district|sub-?district|township|county|municipality|commune|province|governorate|state|region)\\b");
    /** A unit word or a parenthesis in the nesting text: the description is a nesting, not a list of peers. */
    private static final Pattern MARKED_NESTING = Pattern.compile("(?i)[()]|\\b" + UNIT + "\\b");
    private static final Pattern ALONG = Pattern.compile("(?i)\\b(?:along|on the banks of|on the bank of)\\s+(?:the\\s+)?$");
    /** The words after a name that make it an armed group's ("Galon Force", "Hamza Division", "Maritime Police Force"). */
    private static final Pattern GROUP_NAME_HEAD = Pattern.compile(
            "^(?:\\s+[A-Z][\\w'-]*){0,2}\\s+(?:Force|Forces|Brigade|Brigades|Battalion|Column|Front|Regiment|Division|Militia)\\b");
    /** How far a neighbourhood, suburb or village may lie from the point of the town it is said to be part of. */
    private static final double PART_OF_TOWN_KM = 30;
    /** How far a place may lie from the point of the district or province it is said to be in. */
    private static final double PART_OF_AREA_KM = 80;
    /**
     * How many times more populous a town must be than the place before it for a bare comma to read as "in":
     * "Al Faruq, Mosul" is a part of a city, "Douma, Harasta" two suburbs.
     */
    private static final long CITY_TO_PART_POPULATION = 10;

    private IncidentPlaces() {
    }

    /**
     * The places of the sentence where incidents may be coded: each nested description reduced to its
     * innermost place that agrees with the outermost one, and without the places that are context only.
     */
    static List<PlaceMention> of(AnnotatedSentence sentence) {
        return withoutContainers(sentence, collapseNestings(sentence, sentence.places()));
    }

    /**
     * Each chain of places joined by nesting words becomes one place: the innermost that a later place of the
     * chain confirms (it lies in or near it, or the later one names its district or province). Small places
     * are the names most often missing from a gazetteer or read as a namesake elsewhere, and the large ones
     * around them the most reliably resolved, so a chain that nothing confirms falls back on its outermost
     * place at precision 2 at least ("a neighbourhood of Deir ez-Zor"). Only places in the report's focus
     * country are chosen when there are any ("Morales (Cauca)" when Cauca was read as a town in Spain). A chain
     * joined only by commas, "of" or "in" with no unit word may be a list of peers ("Tartus, Homs"), so it is
     * taken as a nesting only when it is confirmed and its outer place is an area or a far larger town.
     */
    private static List<PlaceMention> collapseNestings(AnnotatedSentence sentence, List<PlaceMention> places) {
        List<PlaceMention> result = new ArrayList<>();
        int i = 0;
        while (i < places.size()) {
            int end = i;
            boolean marked = false;
            while (end + 1 < places.size()) {
                String between = sentence.sentence().slice(places.get(end).end(), places.get(end + 1).start());
                if (!NESTING.matcher(between).matches()) {
                    break;
                }
                marked |= MARKED_NESTING.matcher(between).find();
                end++;
            }
            List<PlaceMention> chain = places.subList(i, end + 1);
            result.addAll(chain.size() == 1 ? chain : onePlace(sentence, chain, marked));
            i = end + 1;
        }
        return result;
    }

    private static List<PlaceMention> onePlace(AnnotatedSentence sentence, List<PlaceMention> chain, boolean marked) {
        int last = chain.size() - 1;
        PlaceMention innermost = chain.get(0);
        PlaceMention outermost = chain.get(last);
        if (outermost.place().isCountry() && chain.size() > 2) {
            // "Hazmiya, Al Bayda, Yemen": an address, from the place to its country, not a list of peers; the
            // country is dropped as a container below, the rest nests
            List<PlaceMention> nested = new ArrayList<>(onePlace(sentence, chain.subList(0, last), true));
            nested.add(outermost);
            return nested;
        }
        if (chain.stream().anyMatch(p -> p.place().isCountry() || p.place().isContinent())) {
            return chain; // "Mosul, Iraq": a country is dropped as a container below
        }
        boolean[] trusted = new boolean[chain.size()];
        trusted[last] = true;
        int nearestTrusted = last;
        for (int i = last - 1; i >= 0; i--) {
            PlaceMention container = chain.get(nearestTrusted);
            PlaceMention place = chain.get(i);
            trusted[i] = liesIn(sentence, place, container) && (marked || isFarLarger(container, place))
                    || isAdministrativeList(sentence, place, chain.get(i + 1)) && inTrustedArea(chain, trusted, i);
            if (trusted[i]) {
                nearestTrusted = i;
            }
        }
        if (trusted[0]) {
            return List.of(innermost);
        }
        if (!marked) {
            return chain;
        }
        boolean outermostAbroad = chain.stream().noneMatch(
                p -> p != outermost && p.place().countryCode().equals(outermost.place().countryCode()));
        if (outermostAbroad && innermost.place().population() > outermost.place().population()) {
            return List.of(innermost); // two countries: the better-known reading wins
        }
        PlaceMention where = chain.get(nearestTrusted);
        return List.of(where.geoPrecision() >= 2 ? where
                : new PlaceMention(where.start(), where.end(), where.text(), where.place(), 2));
    }

    /**
     * "Boungou (Partiaga, Tapoa)": ACLED's notes give a place's administrative units in parentheses, where a
     * unit named like its seat ("Partiaga" the department, not the town) says nothing of distance.
     */
    private static boolean isAdministrativeList(AnnotatedSentence sentence, PlaceMention place, PlaceMention next) {
        return sentence.sentence().slice(place.end(), next.start()).contains("(");
    }

    /** Whether a later, trusted administrative area contains the place by its codes ("(Partiaga, Tapoa)"). */
    private static boolean inTrustedArea(List<PlaceMention> chain, boolean[] trusted, int index) {
        for (int j = index + 1; j < chain.size(); j++) {
            if (trusted[j] && chain.get(j).isArea() && chain.get(j).contains(chain.get(index))) {
                return true;
            }
        }
        return false;
    }

    /** "Mawlamyine" for the area the gazetteer calls "Mawlamyine District", "Hakkari" for "Hakkâri". */
    private static boolean namesArea(String written, String areaName) {
        String key = NameFolder.key(written);
        return !key.isEmpty() && NameFolder.key(areaName).startsWith(key);
    }

    /** An administrative area by its gazetteer record or by the unit word after its name ("Taungoo district"). */
    private static boolean isArea(AnnotatedSentence sentence, PlaceMention place) {
        return place.isArea() || AREA_UNIT_AFTER.matcher(sentence.after(place.end())).lookingAt();
    }

    /** An area, or a town far more populous than a place that is no administrative seat itself. */
    private static boolean isFarLarger(PlaceMention outer, PlaceMention inner) {
        boolean innerIsSeat = inner.place().featureCode().startsWith("PPLA") || inner.place().featureCode().equals("PPLC");
        return outer.isArea() || !innerIsSeat
                && outer.place().population() >= CITY_TO_PART_POPULATION * Math.max(1, inner.place().population());
    }

    /**
     * Whether the text's nesting of {@code inner} in {@code outer} agrees with the gazetteer: the area contains
     * it, the outer name is its district's or province's ("Saraqib, Idlib", where the town Idlib stands for its
     * province), or it lies near the outer point.
     */
    private static boolean liesIn(AnnotatedSentence sentence, PlaceMention inner, PlaceMention outer) {
        Place in = inner.place();
        Place out = outer.place();
        if (!in.countryCode().equals(out.countryCode())) {
            return false;
        }
        if (outer.contains(inner) || namesArea(outer.text(), in.admin2Name()) || namesArea(outer.text(), in.admin1Name())) {
            return true;
        }
        if (inner.isArea() && !outer.isArea()) {
            return false; // a district is not part of a town
        }
        double km = GreatCircle.km(in.latitude(), in.longitude(), out.latitude(), out.longitude());
        // a name the text calls a district but the gazetteer a village is a namesake: it confirms nothing by distance
        return km <= (outer.isArea() ? PART_OF_AREA_KM : isArea(sentence, outer) ? 0 : PART_OF_TOWN_KM);
    }

    /**
     * Places minus those that only say where another place of the sentence lies: an area that contains it
     * ("the Idlib province ... Saraqib"), the province named after a town in apposition ("Rasha, Hamah,
     * Syria", where Hamah is the province's seat standing for the province) and a river or road a place lies
     * along ("east Mosul along the Tigris River"); and names that only begin an armed group's name ("Galon Force").
     */
    private static List<PlaceMention> withoutContainers(AnnotatedSentence sentence, List<PlaceMention> places) {
        List<PlaceMention> kept = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            PlaceMention p = places.get(i);
            boolean contains = places.stream().anyMatch(p::contains);
            boolean apposition = i > 0 && isProvinceInApposition(sentence, places.get(i - 1), p);
            boolean context = i > 0 && ALONG.matcher(sentence.before(p.start())).find();
            boolean groupName = GROUP_NAME_HEAD.matcher(sentence.after(p.end())).lookingAt();
            if (!contains && !apposition && !context && !groupName) {
                kept.add(p);
            }
        }
        return kept;
    }

    private static boolean isProvinceInApposition(AnnotatedSentence sentence, PlaceMention town, PlaceMention next) {
        boolean commaBetween = sentence.sentence().slice(town.end(), next.start()).strip().equals(",");
        boolean seatOrArea = next.isArea() || "PPLA".equals(next.place().featureCode());
        return commaBetween && seatOrArea && next.place().countryCode().equals(town.place().countryCode())
                && next.place().admin1Code() != null && next.place().admin1Code().equals(town.place().admin1Code());
    }
}
