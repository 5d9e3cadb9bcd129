package org.sitrep.pipeline.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.gazetteer.NameFolder;
import org.sitrep.gazetteer.Place;
import org.sitrep.gazetteer.ToponymFinder;
import org.sitrep.pipeline.text.Headlines;
import org.sitrep.pipeline.text.Sentence;

/**
 * Resolves place names against the GeoNames gazetteer in two passes: the first counts the countries the
 * names point to (weighted by how sure each name is), the second picks for each name its best candidate
 * in the report's focus country when it has one there — so that "Homs" in a report about Syria is never
 * a place of the same name elsewhere. A name matched only approximately (a variant spelling) is kept only
 * where it matches a place of the focus country. Among the namesakes a name has there, the one inside the
 * areas that follow it wins ("Lagos, Portugal", "X (Y district, Z state)"), else the one inside an administrative
 * area the report names elsewhere or that its other places lie in ({@link NamedAreas}). Dotted abbreviations
 * ("W.Va.", "U.S.") are places too ({@link PlaceAbbreviations}), and so are prominent places in lower case or inside
 * hashtags ({@link CaseFreeNames}); demonyms are not ({@link Demonyms}), nor are the
 * words of persons' names and the surnames a report later uses alone ({@link PersonNames}), nor streets ({@link StreetWords}).
 */
public final class GazetteerGeocoder implements Geocoder {
    /** Words before a place name that put an event near or in part of it rather than at it. */
    private static final Pattern NEAR = Pattern.compile(
            "(?i)(?:suburbs? of|outskirts of|near|nearby|outside|around|countryside of|province of|west of|east of|north of|south of|"
                    + "western|eastern|northern|southern|district of|villages? (?:near|around))\\s+(?:the\\s+)?(?:city of\\s+|town of\\s+)?$");
    private static final Pattern COUNTRYSIDE_AFTER = Pattern.compile("(?i)^(?:[’']s)?\\s+(?:countryside|outskirts|suburbs?|environs|area)\\b");

    /** Between a name and its container: a comma or bracket, perhaps after a word ("town (", " District, "). */
    private static final Pattern CONTAINER_GAP = Pattern.compile("(?:\\s+\\p{L}+)?\\s*[,(]\\s*");
    /** Between a name and its first container, also: "X is a town in Y", "X, a village in the Y". */
    private static final Pattern FIRST_CONTAINER_GAP = Pattern.compile(
            "(?:,|\\s+(?:is|was))\\s+an?\\s+(?:[\\p{Ll}-]+\\s+){1,4}?in\\s+(?:the\\s+)?");

    /** A preposition of place right before a name: "located in Aurora", "outside Homs". */
    private static final Pattern LOCATIVE_BEFORE = Pattern.compile(
            "(?i)\\b(?:(?:in|at|near|outside|inside|into|across|around|throughout)(?:\\s+the)?|(?:city|town|village|municipality|county|borough|township|parish|district|province)\\s+of)\\s+$");
    /** After a name: its container or a description as a place ("Clifton, N.J.", "Clifton is a city in"). */
    private static final Pattern PLACE_AFTER = Pattern.compile(
            "^(?:,\\s+\\p{Lu}|\\s+(?:is|was)\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:city|town|village|municipality|borough|township|community|suburb|county|district|province|region|state|country|place)\\b)");

    /** The words around a name that say "near" or "countryside" lie within this many characters. */
    private static final int CONTEXT_CHARS = 60;

    private final ToponymFinder finder;
    private final PlaceAbbreviations abbreviations;
    private final Demonyms demonyms;
    private final PersonNames personNames;
    private final StreetWords streetWords;
    private final CaseFreeNames caseFreeNames;

    public GazetteerGeocoder(ToponymFinder finder) {
        this.finder = finder;
        this.abbreviations = PlaceAbbreviations.load(finder.gazetteer());
        this.demonyms = new Demonyms(finder.gazetteer());
        this.personNames = PersonNames.load();
        this.streetWords = StreetWords.load();
        this.caseFreeNames = CaseFreeNames.load(finder.gazetteer());
    }

    @Override
    public GeoAnalysis geocode(List<Sentence> sentences) {
        List<Found> found = new ArrayList<>();
        List<PlaceMention> abbreviated = new ArrayList<>();
        NamedAreas areas = new NamedAreas();
        Map<String, Double> countryVotes = new HashMap<>();
        // the countries of the names' first-ranked readings (the most prominent namesake): they break a tie of
        // the shared votes, which a report of one sentence ("a drone hit Fallujah") leaves between every country
        // with a namesake
        Map<String, Integer> leadingReadings = new HashMap<>();
        Map<Sentence, List<PersonNames.Person>> persons = new HashMap<>();
        Set<String> surnames = new HashSet<>();
        Set<String> placeUses = new HashSet<>();
        Map<Sentence, List<ToponymFinder.Toponym>> foundIn = new HashMap<>();
        for (Sentence sentence : sentences) {
            List<ToponymFinder.Toponym> ts = new ArrayList<>(finder.find(sentence.text()));
            ts.addAll(caseFreeNames.find(sentence.text(), ts)); // "#GazaUnderAttack", "protests in malaysia"
            ts.sort(Comparator.comparingInt(ToponymFinder.Toponym::start));
            foundIn.put(sentence, ts);
            // a given name and a word that the finder took for a place all the same ("Al Mayadin") is no person's
            // name unless an initial or a nickname marks it, or a title stands before it
            List<PersonNames.Person> ps = personNames.find(sentence.text()).stream()
                    .filter(p -> p.titled() || p.marked() || ts.stream().noneMatch(t -> t.start() > p.start() && t.start() < p.end()))
                    .toList();
            persons.put(sentence, ps);
            ps.forEach(p -> surnames.add(p.surname()));
            for (ToponymFinder.Toponym t : ts) {
                if (usedAsPlace(sentence.text(), t)) {
                    placeUses.add(t.surface());
                }
            }
        }
        surnames.removeAll(placeUses); // "Aurora" named after a person, and "located in Aurora"
        for (Sentence sentence : sentences) {
            List<PlaceAbbreviations.Match> matches = abbreviations.find(sentence.text());
            List<Name> names = new ArrayList<>();
            for (PlaceAbbreviations.Match m : matches) {
                abbreviated.add(new PlaceMention(sentence.start() + m.start(), sentence.start() + m.end(), m.surface(), m.place(), 3));
                names.add(new Name(m.start(), m.end(), List.of(m.place())));
                if (m.place().isAdmin1()) {
                    // "Ill." says the report is about the United States; "U.S." alone is more often an actor
                    areas.addAdmin1(m.surface(), m.place());
                    countryVotes.merge(m.place().countryCode(), 1.0, Double::sum);
                }
            }
            List<ToponymFinder.Toponym> toponyms = new ArrayList<>();
            for (ToponymFinder.Toponym toponym : foundIn.get(sentence)) {
                if (toponym.candidates().isEmpty() || matches.stream().anyMatch(m -> m.start() < toponym.end() && toponym.start() < m.end())) {
                    continue; // the "Ala" of "Ala." is the state, not a town of that name
                }
                if (demonyms.isDemonym(toponym.surface(), wordBefore(sentence.text(), toponym.start()))) {
                    continue; // an adjective of a country is no namesake town of it
                }
                if (isPerson(toponym, persons.get(sentence), surnames)) {
                    continue; // "Sheila D. Williams", and "Williams said"
                }
                if (streetWords.follows(sentence.text(), toponym.end())) {
                    continue; // "6016 Dublin Road" is a street
                }
                toponyms.add(toponym);
                names.add(new Name(toponym.start(), toponym.end(), toponym.candidates()));
                if (toponym.approximate()) {
                    continue; // a variant spelling says little about the country; it is judged by the others
                }
                // a name shares its vote among the countries it may lie in: one whose namesakes all lie in one
                // country ("Homs") is a full vote for it, however many namesakes it has there
                List<String> countries = toponym.candidates().stream().map(Place::countryCode).filter(cc -> !cc.isEmpty())
                        .distinct().toList();
                countries.forEach(cc -> countryVotes.merge(cc, 1.0 / countries.size(), Double::sum));
                leadingReadings.merge(toponym.candidates().get(0).countryCode(), 1, Integer::sum);
            }
            names.sort(Comparator.comparingInt(Name::start));
            for (ToponymFinder.Toponym toponym : toponyms) {
                found.add(new Found(sentence, toponym, containers(sentence.text(), names, toponym.start())));
            }
        }
        String focus = countryVotes.entrySet().stream()
                .max(Map.Entry.<String, Double>comparingByValue()
                        .thenComparing(e -> leadingReadings.getOrDefault(e.getKey(), 0))
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
        for (Found f : found) {
            if (!f.toponym.approximate()) {
                areas.add(f.toponym.surface(), f.toponym.candidates());
                areas.vote(f.toponym.surface(), f.toponym.candidates(), focus);
            }
        }
        List<PlaceMention> places = new ArrayList<>(abbreviated);
        for (Found f : found) {
            boolean headline = Headlines.isHeadline(f.sentence.text());
            List<Place> candidates = f.toponym.candidates().stream()
                    .filter(p -> p.countryCode().equals(focus) || (!f.toponym.approximate() && abroadAcceptable(p, f.toponym.surface(), headline)))
                    .toList();
            if (candidates.isEmpty()) {
                continue; // "Ramouseh" near-matching "Ragusa" in Italy, in a report about Syria: not a place
            }
            Place chosen = capitalOverProvince(choose(candidates, focus), candidates, areas, f.toponym.surface());
            List<Place> inContainers = NamedAreas.inside(candidates, f.containers);
            Place best;
            if (settled(chosen, focus)) {
                best = chosen;
            } else if (!inContainers.isEmpty()) {
                // "Lagos, Portugal": of the namesakes in Portugal, the one in the district the report names
                best = areas.prefer(inContainers, inContainers.get(0), f.toponym.surface());
            } else {
                best = areas.prefer(candidates, chosen, f.toponym.surface());
            }
            places.add(new PlaceMention(f.sentence.start() + f.toponym.start(), f.sentence.start() + f.toponym.end(),
                    f.toponym.surface(), best, precision(best, f.sentence.text(), f.toponym)));
        }
        places.sort(Comparator.comparingInt(PlaceMention::start));
        return new GeoAnalysis(places, focus);
    }

    /**
     * The candidate in the focus country, unless the gazetteer's first choice is far more prominent (a continent,
     * a country, a capital or a city of a million): "Geneva" stays in Switzerland in a report about Syria, and
     * "Africa" stays the continent, not the Tunisian town once called so.
     */
    private static Place choose(List<Place> candidates, String focus) {
        Place top = candidates.get(0);
        if (top.countryCode().equals(focus)) {
            return top;
        }
        Place local = candidates.stream().filter(p -> p.countryCode().equals(focus)).findFirst().orElse(null);
        if (local == null) {
            return top;
        }
        boolean famous = top.isContinent() || top.isCountry() || "PPLC".equals(top.featureCode()) || top.population() >= 1_000_000;
        return famous && local.population() < 100_000 ? top : local;
    }

    /**
     * A province that shares its name with its country's capital but does not hold it (a state named like the federal capital) is meant
     * only when the report names it or other places in it; else the bare name is the capital, which news names
     * far more often. (A capital inside its namesake province already ranks first, see Gazetteer#rank.)
     */
    private static Place capitalOverProvince(Place chosen, List<Place> candidates, NamedAreas areas, String surface) {
        if (!chosen.isAdmin1() || areas.isSupported(chosen, surface)) {
            return chosen;
        }
        String key = NameFolder.key(chosen.name());
        return candidates.stream().filter(p -> "PPLC".equals(p.featureCode()) && p.countryCode().equals(chosen.countryCode())
                && NameFolder.key(p.name()).equals(key)).findFirst().orElse(chosen);
    }

    /**
     * A reading that the areas named elsewhere in the report do not overturn: a country, continent or
     * province is what its bare name means (a state beside the state's abbreviation, a country beside its towns), and so is the capital
     * of the report's own country (not a namesake suburb in a province the report names).
     */
    private static boolean settled(Place chosen, String focus) {
        return chosen.isContinent() || chosen.isCountry() || chosen.isAdmin1()
                || ("PPLC".equals(chosen.featureCode()) && chosen.countryCode().equals(focus));
    }

    /**
     * In a headline every word is capitalised, so "Kill" and "Hit" look like names: there a place abroad must
     * be a country, or a prominent place spelled exactly as the report spells it.
     */
    private static boolean abroadAcceptable(Place place, String surface, boolean headline) {
        if (headline) {
            return place.isContinent() || place.isCountry() || (prominent(place) && sameSpelling(surface, place.name()));
        }
        return prominent(place) || (place.population() >= 20_000 && sameSpelling(surface, place.name()));
    }

    /**
     * A place outside the report's country is taken on a folded match of its name only when it is prominent
     * (a country, province, capital or large city: the foreign places reports name); a smaller town abroad
     * must be spelled exactly as the report spells it and be a town of some size, or "Kill" in a headline
     * becomes Kill in Ireland.
     */
    private static boolean prominent(Place place) {
        return place.isContinent() || place.isCountry() || place.isAdmin1() || "PPLC".equals(place.featureCode()) || "PPLA".equals(place.featureCode())
                || place.population() >= 100_000;
    }

    private static boolean sameSpelling(String surface, String name) {
        return plain(surface).equals(plain(name));
    }

    private static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    }

    private static int precision(Place place, String sentence, ToponymFinder.Toponym toponym) {
        if (place.isContinent() || place.isCountry() || place.isAdmin1() || place.isAdmin2()) {
            return 3;
        }
        String before = sentence.substring(Math.max(0, toponym.start() - CONTEXT_CHARS), toponym.start());
        String after = sentence.substring(toponym.end(), Math.min(sentence.length(), toponym.end() + CONTEXT_CHARS));
        if (NEAR.matcher(before).find() || COUNTRYSIDE_AFTER.matcher(after).find()) {
            return 2;
        }
        return 1;
    }

    /**
     * The readings of the names that follow the name at {@code start} as its containers: "Lagos, Portugal",
     * "Florence, Ala.", "X town (X township, Y district, Z state)" — each joined to the one
     * before by a comma or an opening bracket, perhaps after a word such as "town" or "district" — or, the first,
     * by "is a town in" ("X is a village in Y District, Z"). Only a name
     * whose best reading is an area contains: in "Homs, Hama, Aleppo" the cities are a list.
     */
    private static List<List<Place>> containers(String text, List<Name> names, int start) {
        List<List<Place>> containers = new ArrayList<>();
        int k = 0;
        while (k < names.size() && names.get(k).start() != start) {
            k++;
        }
        for (int j = k + 1; j < names.size(); j++) {
            String gap = text.substring(names.get(j - 1).end(), names.get(j).start());
            if (!CONTAINER_GAP.matcher(gap).matches() && !(j == k + 1 && FIRST_CONTAINER_GAP.matcher(gap).matches())) {
                break;
            }
            List<Place> readings = names.get(j).readings();
            Place first = readings.get(0);
            if (first.isCountry() || first.isAdmin1() || first.isAdmin2()) {
                containers.add(readings);
            }
        }
        return containers;
    }

    /**
     * A name inside a person's name ("Sheila D. Williams", "Sheriff Beauregard Torres") or a person's surname used
     * alone elsewhere in the report ("Williams said"); not a prominent place called so by its own name ("Jackson").
     */
    private static boolean isPerson(ToponymFinder.Toponym toponym, List<PersonNames.Person> persons, Set<String> surnames) {
        Place top = toponym.candidates().get(0);
        if (top.isCountry() || top.isContinent() || top.isAdmin1() || top.isAdmin2()
                || (prominent(top) && sameSpelling(toponym.surface(), top.name()))) {
            return false; // "Washington County" after George Washington
        }
        for (PersonNames.Person p : persons) {
            if (toponym.start() >= p.start() && toponym.end() <= p.end() && (toponym.start() > p.start() || p.titled())) {
                return true;
            }
        }
        return toponym.surface().indexOf(' ') < 0 && surnames.contains(toponym.surface());
    }

    /**
     * A name the report uses as a place's: after a locative preposition ("located in Aurora"), or followed by its
     * container ("Clifton, New Jersey", "Clifton is a city in Passaic County"). Such a name is no surname elsewhere.
     */
    private static boolean usedAsPlace(String text, ToponymFinder.Toponym toponym) {
        return LOCATIVE_BEFORE.matcher(text.substring(Math.max(0, toponym.start() - CONTEXT_CHARS), toponym.start())).find()
                || PLACE_AFTER.matcher(text.substring(toponym.end(), Math.min(text.length(), toponym.end() + CONTEXT_CHARS))).find();
    }

    /** The capitalised word right before {@code start}, one space away ("Sri" of "Sri Lankan"); null when none. */
    private static String wordBefore(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return null;
        }
        int from = start - 1;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return from < start - 1 && Character.isUpperCase(text.charAt(from)) ? text.substring(from, start - 1) : null;
    }

    /** A name of the sentence (a toponym or an abbreviation) with its readings best first, sentence offsets. */
    private record Name(int start, int end, List<Place> readings) {
    }

    private record Found(Sentence sentence, ToponymFinder.Toponym toponym, List<List<Place>> containers) {
    }
}
