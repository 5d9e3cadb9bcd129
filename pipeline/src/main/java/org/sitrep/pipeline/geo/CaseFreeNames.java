package org.sitrep.pipeline.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.Place;
import org.sitrep.gazetteer.ToponymFinder;
import org.sitrep.gazetteer.WordLists;

/**
 * Names of prominent places that the toponym finder, which reads capitalised words, cannot see: written in lower
 * case ("protests in malaysia", "#nigeria") or run together in a hashtag ("#GazaUnderAttack", "#NewYork"), as posts
 * on social media write them. Only a country, continent or admin-1 area is taken in lower case, and a word of
 * the gazetteer's {@value #COMMON_WORDS} ("turkey", "china", "central") never is; a hashtag's part may also be a
 * capital or a city of 100,000 people. The name must be the place's own, spelled as the gazetteer spells it.
 */
final class CaseFreeNames {
    static final String COMMON_WORDS = "/org/sitrep/gazetteer/common-words.txt";

    /** A lower-case word of four letters or more, not inside a word, an address or a handle. */
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\p{N}@/._-])\\p{Ll}{4,}(?![\\p{L}\\p{N}])");
    private static final Pattern HASHTAG = Pattern.compile("#([\\p{L}\\p{N}_]+)");
    /** A capitalised part of a hashtag: "Gaza", "Under", "Attack" of "GazaUnderAttack". */
    private static final Pattern HASHTAG_PART = Pattern.compile("\\p{Lu}\\p{Ll}+");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    /** A hashtag's place may run over this many parts ("New" "York"). */
    private static final int MAX_PARTS = 3;
    private static final long MIN_HASHTAG_POPULATION = 100_000;

    private final Gazetteer gazetteer;
    private final Set<String> commonWords;

    CaseFreeNames(Gazetteer gazetteer, Set<String> commonWords) {
        this.gazetteer = gazetteer;
        this.commonWords = Set.copyOf(commonWords);
    }

    static CaseFreeNames load(Gazetteer gazetteer) {
        return new CaseFreeNames(gazetteer, Set.copyOf(WordLists.read(COMMON_WORDS)));
    }

    /** The lower-case and hashtag names of the text that overlap none of {@code found}, in text order. */
    List<ToponymFinder.Toponym> find(String text, List<ToponymFinder.Toponym> found) {
        List<int[]> urls = new ArrayList<>();
        Matcher u = URL.matcher(text);
        while (u.find()) {
            urls.add(new int[] {u.start(), u.end()});
        }
        List<ToponymFinder.Toponym> names = new ArrayList<>();
        Matcher w = LOWER_WORD.matcher(text);
        while (w.find()) {
            if (!commonWords.contains(w.group()) && !inside(urls, w.start())) {
                List<Place> places = gazetteer.strictCandidates(w.group());
                if (!places.isEmpty() && isArea(places.get(0)) && sameSpelling(w.group(), places.get(0).name())) {
                    add(names, found, new ToponymFinder.Toponym(w.start(), w.end(), w.group(), places, false));
                }
            }
        }
        Matcher h = HASHTAG.matcher(text);
        while (h.find()) {
            if (!inside(urls, h.start())) {
                hashtagNames(text, h.start(1), h.end(1), names, found);
            }
        }
        names.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return names;
    }

    /** The places of a hashtag written in capitalised parts; a hashtag of one part is the finder's ("#Syria"). */
    private void hashtagNames(String text, int start, int end, List<ToponymFinder.Toponym> names, List<ToponymFinder.Toponym> found) {
        List<int[]> parts = new ArrayList<>();
        Matcher p = HASHTAG_PART.matcher(text).region(start, end);
        while (p.find()) {
            parts.add(new int[] {p.start(), p.end()});
        }
        if (parts.size() < 2) {
            return;
        }
        int i = 0;
        while (i < parts.size()) {
            int taken = 0;
            for (int j = Math.min(parts.size(), i + MAX_PARTS) - 1; j >= i && taken == 0; j--) {
                if (!contiguous(parts, i, j)) {
                    continue;
                }
                StringBuilder name = new StringBuilder();
                for (int k = i; k <= j; k++) {
                    name.append(k > i ? " " : "").append(text, parts.get(k)[0], parts.get(k)[1]);
                }
                String spaced = name.toString();
                if (i == j && commonWords.contains(spaced.toLowerCase(Locale.ROOT))) {
                    continue; // "#StopTheWar": "Stop" names towns too
                }
                List<Place> places = gazetteer.strictCandidates(spaced);
                if (!places.isEmpty() && (isArea(places.get(0)) || prominentCity(places.get(0))) && sameSpelling(spaced, places.get(0).name())) {
                    int from = parts.get(i)[0];
                    int to = parts.get(j)[1];
                    add(names, found, new ToponymFinder.Toponym(from, to, text.substring(from, to), places, false));
                    taken = j - i + 1;
                }
            }
            i += Math.max(1, taken);
        }
    }

    private static boolean contiguous(List<int[]> parts, int i, int j) {
        for (int k = i + 1; k <= j; k++) {
            if (parts.get(k)[0] != parts.get(k - 1)[1]) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<ToponymFinder.Toponym> names, List<ToponymFinder.Toponym> found, ToponymFinder.Toponym name) {
        if (found.stream().noneMatch(t -> t.start() < name.end() && name.start() < t.end())) {
            names.add(name);
        }
    }

    private static boolean inside(List<int[]> spans, int at) {
        return spans.stream().anyMatch(s -> s[0] <= at && at < s[1]);
    }

    private static boolean isArea(Place place) {
        return place.isCountry() || place.isContinent() || place.isAdmin1();
    }

    private static boolean prominentCity(Place place) {
        return "PPLC".equals(place.featureCode()) || place.population() >= MIN_HASHTAG_POPULATION;
    }

    private static boolean sameSpelling(String surface, String name) {
        return plain(surface).equals(plain(name));
    }

    private static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    }

}
