package org.sitrep.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.pipeline.text.PhraseMatcher;
import org.sitrep.pipeline.text.Sentence;

/**
 * Actors from the dictionary. A form that is also a place name (Russia, Washington) names the actor only
 * when no locative preposition governs it, and a city's name only when a verb of saying or acting follows
 * ("Washington accused ..."); words such as "sources" after an actor ("pro-regime sources") mark a
 * source of information, not a party to the event.
 */
public final class DictionaryActorRecognizer implements ActorRecognizer {
    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "into", "across", "from", "to", "outside",
            "inside", "of", "toward", "towards", "around", "throughout", "within", "over", "on");
    /**
     * Words after an actor's name that make it an adjective of something else: "Syrian media", "an Israeli vehicle",
     * "Turkish citizens" are no party to an incident.
     */
    private static final Set<String> NOT_A_PARTY = Set.of("sources", "source", "media", "outlets", "news", "websites", "activists",
            "citizen", "citizens", "civilian", "civilians", "nationals", "national", "people", "vehicle", "vehicles", "car", "cars",
            "bus", "tourist", "tourists", "family", "families", "village", "villages", "town", "towns", "journalist", "journalists",
            "workers", "children", "women", "man", "men", "woman", "boy", "girl", "residents", "refugees", "students", "farmers",
            "fishermen", "shepherd", "shepherds", "ship", "ships", "embassy", "consulate", "border", "territory", "airspace");
    /** Actors named by a common noun, which after a group's name are only its head noun. */
    private static final Set<String> GENERIC_KEYS = Set.of("unidentified", "civilians", "protesters", "rioters",
            "state-forces", "police-forces");
    /** The neighbouring words are read within this many characters (a bound on pathological sentences). */
    private static final int NEIGHBOUR_CHARS = 60;
    private static final Pattern PREVIOUS_WORD = Pattern.compile("([\\p{L}]+)\\W*$");
    private static final Pattern NEXT_WORD = Pattern.compile("^(?:[’']s)?\\s*([\\p{L}]+)");

    private final ActorDictionary dictionary;

    public DictionaryActorRecognizer(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public List<ActorMention> recognize(Sentence sentence, String focusCountry) {
        String text = sentence.text();
        List<ActorMention> mentions = new ArrayList<>();
        for (PhraseMatcher.Match<ActorDictionary.Alias> m : dictionary.find(text)) {
            String before = word(PREVIOUS_WORD, text.substring(Math.max(0, m.start() - NEIGHBOUR_CHARS), m.start()));
            String after = word(NEXT_WORD, text.substring(m.end(), Math.min(text.length(), m.end() + NEIGHBOUR_CHARS)));
            if (NOT_A_PARTY.contains(after)) {
                continue;
            }
            ActorDictionary.Alias alias = m.phrase().value();
            if (alias.alsoPlace()) {
                if (LOCATIVES.contains(before)) {
                    continue;
                }
                boolean country = alias.entries().stream().anyMatch(e -> alias.surface().equalsIgnoreCase(countryName(e)));
                if (!country && !dictionary.isMetonymyVerb(after)) {
                    continue;
                }
            }
            ActorEntry entry = dictionary.resolve(alias, focusCountry);
            if (entry == null) {
                continue;
            }
            ActorMention mention = new ActorMention(sentence.start() + m.start(), sentence.start() + m.end(), m.text(),
                    entry.actor(), alias.alsoPlace());
            if (!mentions.isEmpty() && isHeadNounOf(mentions.get(mentions.size() - 1), mention, sentence)) {
                continue; // "IS militants", "Houthi rebels": one actor, named by its first words
            }
            mentions.add(mention);
        }
        return mentions;
    }

    /** A generic actor word ("militants", "fighters") right after a named actor is that actor's head noun. */
    private static boolean isHeadNounOf(ActorMention named, ActorMention next, Sentence sentence) {
        boolean generic = GENERIC_KEYS.contains(next.actor().key());
        return generic && !GENERIC_KEYS.contains(named.actor().key())
                && sentence.slice(named.end(), next.start()).isBlank();
    }

    /**
     * The country an entry belongs to, spelled as the dictionary's @-forms spell it, judged by the actor's
     * government name ("Government of Russia (2000-)" → "Russia").
     */
    private static String countryName(ActorEntry entry) {
        String name = entry.governmentName();
        if (name == null || !name.startsWith("Government of ")) {
            return "";
        }
        String country = name.substring("Government of ".length()).replaceAll("\\s*\\(.*$", "");
        return country.startsWith("the ") ? country.substring(4) : country;
    }

    private static String word(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
