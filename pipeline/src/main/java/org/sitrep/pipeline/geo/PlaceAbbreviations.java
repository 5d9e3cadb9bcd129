package org.sitrep.pipeline.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.Place;

/**
 * Dotted abbreviations of places ("U.S.", "W.Va.", "Florence, Ala."), which the toponym finder cannot look
 * up: it splits "W.Va." into two words, and "Ala" alone would match a town of that name; and short English names
 * the gazetteer gives to towns only ("America", a town in Nigeria, never the United States). Read from
 * {@value #RESOURCE}; each stands for a country or for one of its admin-1 areas.
 */
final class PlaceAbbreviations {
    static final String RESOURCE = "/org/sitrep/pipeline/place-abbreviations.tsv";

    /** A capitalised name and a comma right before an abbreviation: "Florence, Ala.". */
    private static final Pattern AFTER_PLACE = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*,\\s+$");
    /** A capitalised word or "of" right before a name: "South America", "Bank of America" are not the country. */
    private static final Pattern IN_LONGER_NAME = Pattern.compile("(?:\\p{Lu}[\\p{L}'’.-]*|\\bof)\\s+$");
    /** "the" right before a name: "in the US", where the undotted abbreviation is the country. */
    private static final Pattern AFTER_THE = Pattern.compile("(?i)\\bthe\\s+$");
    /** How far before an abbreviation {@link #AFTER_PLACE} looks. */
    private static final int CONTEXT_CHARS = 40;

    /** An abbreviation found in a text, with the place it stands for (a country or an admin-1 area). */
    record Match(int start, int end, String surface, Place place) {
    }

    /** Where an entry counts: anywhere, only after a place and a comma, only outside a longer name, or only after "the". */
    enum Where { ANY, AFTER_PLACE, ALONE, AFTER_THE }

    record Entry(Place place, Where where) {
    }

    private final Map<String, Entry> entries;
    private final Pattern pattern;

    PlaceAbbreviations(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
        // longest first, so that "W.Va." is not read as "Va."; no letter, digit or dot may touch it on either side
        String alternatives = entries.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}.])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    /** Reads {@value #RESOURCE}, resolving each line to the gazetteer's country or admin-1 area; unknown ones are an error. */
    static PlaceAbbreviations load(Gazetteer gazetteer) {
        try (InputStream in = PlaceAbbreviations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing");
            }
            Map<String, Entry> entries = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String entry = line;
                String[] fields = line.split("\t", -1);
                if (fields.length != 4) {
                    throw new IllegalStateException(RESOURCE + ": expected 4 tab-separated fields: " + line);
                }
                Place place = (fields[2].isEmpty() ? gazetteer.country(fields[1]) : gazetteer.admin1(fields[1], fields[2]))
                        .orElseThrow(() -> new IllegalStateException(RESOURCE + ": no such place in the gazetteer: " + entry));
                Where where = switch (fields[3]) {
                    case "any" -> Where.ANY;
                    case "after-place" -> Where.AFTER_PLACE;
                    case "alone" -> Where.ALONE;
                    case "after-the" -> Where.AFTER_THE;
                    default -> throw new IllegalStateException(RESOURCE + ": unknown context " + fields[3] + ": " + entry);
                };
                entries.put(fields[0], new Entry(place, where));
            }
            return new PlaceAbbreviations(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The abbreviations in the text, in text order. */
    List<Match> find(String text) {
        List<Match> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Entry entry = entries.get(m.group());
            String before = text.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start());
            boolean counts = switch (entry.where()) {
                case ANY -> true;
                case AFTER_PLACE -> AFTER_PLACE.matcher(before).find();
                case ALONE -> !IN_LONGER_NAME.matcher(before).find();
                case AFTER_THE -> AFTER_THE.matcher(before).find();
            };
            if (counts) {
                found.add(new Match(m.start(), m.end(), m.group(), entry.place()));
            }
        }
        return found;
    }
}
