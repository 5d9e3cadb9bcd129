package org.sitrep.eval;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides whether two names denote the same actor, leniently: after normalisation, equal or one contained in
 * the other as whole words, or named together in a group of {@code actor-aliases.txt}.
 */
final class ActorNames {
    static final String RESOURCE = "actor-aliases.txt";
    private static final Pattern ALIAS_SEPARATOR = Pattern.compile("\\s\\|\\s");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    /** Each group holds the normalised names of one actor. */
    private final List<Set<String>> aliasGroups;

    private ActorNames(List<Set<String>> aliasGroups) {
        this.aliasGroups = List.copyOf(aliasGroups);
    }

    static ActorNames load() {
        return new ActorNames(ResourceLines.read(RESOURCE).stream()
                .map(line -> ALIAS_SEPARATOR.splitAsStream(line).map(ActorNames::normalise)
                        .filter(name -> !name.isEmpty()).collect(Collectors.toUnmodifiableSet()))
                .toList());
    }

    boolean sameActor(String first, String second) {
        if (first == null || second == null) {
            return false;
        }
        String a = normalise(first);
        String b = normalise(second);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (containsAsWords(a, b) || containsAsWords(b, a)) {
            return true;
        }
        return aliasGroups.stream().anyMatch(group -> group.contains(a) && group.contains(b));
    }

    /** Lower case, accents and apostrophes dropped, every other run of punctuation or space one space. */
    static String normalise(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String unaccented = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        // "Workers' Party" and "Workers Party", "Hay'at" and "Hayat" are one spelling
        String withoutApostrophes = unaccented.replaceAll("['\u2019`]", "");
        return NOT_LETTER_OR_DIGIT.matcher(withoutApostrophes.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static boolean containsAsWords(String whole, String part) {
        return (" " + whole + " ").contains(" " + part + " ");
    }
}
