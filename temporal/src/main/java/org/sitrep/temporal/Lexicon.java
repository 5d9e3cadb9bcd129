package org.sitrep.temporal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A word list loaded from a resource file: lines "surface | field | field", '#' starts a comment.
 * Provides a regex alternation of its surfaces (for rule patterns) and a lookup from a matched
 * surface to its fields.
 */
final class Lexicon {
    private final String name;
    private final Map<String, List<String>> fieldsByKey;
    private final String pattern;
    private final String unabbreviatedPattern;

    private Lexicon(String name, Map<String, List<String>> fieldsByKey, String pattern, String unabbreviatedPattern) {
        this.name = name;
        this.fieldsByKey = fieldsByKey;
        this.pattern = pattern;
        this.unabbreviatedPattern = unabbreviatedPattern;
    }

    /**
     * @param capitalised true for names (months, weekdays) that are matched only as written or in
     *                    capitals, so that "may" and "march" stay verbs
     */
    static Lexicon load(String resource, boolean capitalised) {
        List<String> surfaces = new ArrayList<>();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String line : readLines(resource)) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            List<String> parts = List.of(content.split("\\s*\\|\\s*"));
            surfaces.add(parts.getFirst());
            fields.put(key(parts.getFirst()), List.copyOf(parts.subList(1, parts.size())));
        }
        List<String> unabbreviated = surfaces.stream().filter(s -> !s.endsWith(".")).toList();
        return new Lexicon(resource, Map.copyOf(fields),
                alternation(surfaces, capitalised), alternation(unabbreviated, capitalised));
    }

    /** Regex alternation of every surface, longest first, each ending on a word boundary or its dot. */
    String pattern() {
        return pattern;
    }

    /** Like {@link #pattern()} without the abbreviations ("Jan." would match the name in "Jan Egeland"). */
    String unabbreviatedPattern() {
        return unabbreviatedPattern;
    }

    /** The field at {@code index} (0 is the first after the surface), if the entry has it. */
    Optional<String> field(String surface, int index) {
        List<String> entry = surface == null ? null : fieldsByKey.get(key(surface));
        return entry == null || index >= entry.size() ? Optional.empty() : Optional.of(entry.get(index));
    }

    /** The first field of an entry that must exist because the surface was matched by {@link #pattern()}. */
    String value(String surface) {
        return field(surface, 0).orElseThrow(() -> new IllegalStateException(surface + " has no value in " + name));
    }

    /** Lookup key: lower case, dots dropped, curly apostrophes straightened, white space collapsed. */
    private static String key(String surface) {
        return surface.toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'').strip().replaceAll("\\s+", " ");
    }

    private static String alternation(List<String> surfaces, boolean capitalised) {
        return surfaces.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(surface -> capitalised
                        ? "(?-i:" + surfaceRegex(surface) + "|" + surfaceRegex(surface.toUpperCase(Locale.ROOT)) + ")"
                        : surfaceRegex(surface))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static String surfaceRegex(String surface) {
        boolean abbreviation = surface.endsWith(".");
        String body = abbreviation ? surface.substring(0, surface.length() - 1) : surface;
        StringBuilder regex = new StringBuilder();
        for (char c : body.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                regex.append(c);
            } else if (c == ' ') {
                regex.append("\\s+");
            } else if (c == '\'' || c == '’') {
                regex.append("['’]");
            } else {
                regex.append('\\').append(c);
            }
        }
        // an abbreviation may carry its dot, which is not a word character, so \b cannot end it
        regex.append(abbreviation ? "(?:\\.|\\b)" : "\\b");
        return regex.toString();
    }

    static List<String> readLines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
