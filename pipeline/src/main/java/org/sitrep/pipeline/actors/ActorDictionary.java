package org.sitrep.pipeline.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.pipeline.Resources;
import org.sitrep.pipeline.text.PhraseMatcher;
import org.sitrep.pipeline.text.PhraseMatcher.Phrase;

/**
 * The actor dictionary (resource {@code actors.tsv}, format described in its header) and the verbs that
 * mark a capital's name as standing for its government ({@code metonymy-verbs.txt}).
 */
public final class ActorDictionary {

    /** The dictionary entries one surface form may stand for, and whether that form is also a place name. */
    public record Alias(String surface, List<ActorEntry> entries, boolean alsoPlace) {
    }

    private final Map<String, ActorEntry> byKey;
    private final PhraseMatcher<Alias> matcher;
    private final Set<String> metonymyVerbs;

    private ActorDictionary(Map<String, ActorEntry> byKey, List<Phrase<Alias>> phrases, Set<String> metonymyVerbs) {
        this.byKey = Map.copyOf(byKey);
        this.matcher = new PhraseMatcher<>(phrases);
        this.metonymyVerbs = Set.copyOf(metonymyVerbs);
    }

    public static ActorDictionary loadDefault() {
        Map<String, ActorEntry> byKey = new LinkedHashMap<>();
        Map<String, Alias> aliases = new LinkedHashMap<>();
        for (String line : Resources.lines("actors.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 6) {
                throw new IllegalStateException("actors.tsv: expected 6 columns in: " + line);
            }
            Actor actor = new Actor(cols[0], cols[1], Integer.parseInt(cols[2]), dash(cols[3]));
            ActorEntry entry = new ActorEntry(actor, dash(cols[4]));
            byKey.put(actor.key(), entry);
            for (String form : cols[5].split("\\|")) {
                boolean alsoPlace = form.startsWith("@");
                String surface = alsoPlace ? form.substring(1) : form;
                String key = surface.startsWith("'") ? surface : surface.toLowerCase(Locale.ROOT);
                Alias existing = aliases.get(key);
                List<ActorEntry> entries = new ArrayList<>(existing == null ? List.of() : existing.entries());
                entries.add(entry);
                aliases.put(key, new Alias(surface, entries, alsoPlace || (existing != null && existing.alsoPlace())));
            }
        }
        List<Phrase<Alias>> phrases = new ArrayList<>();
        for (Alias alias : aliases.values()) {
            boolean caseSensitive = alias.surface().startsWith("'") && alias.surface().endsWith("'");
            String text = caseSensitive ? alias.surface().substring(1, alias.surface().length() - 1) : alias.surface();
            phrases.add(new Phrase<>(text, caseSensitive, alias));
        }
        return new ActorDictionary(byKey, phrases, new HashSet<>(Resources.lines("metonymy-verbs.txt")));
    }

    private static String dash(String value) {
        return "-".equals(value) ? null : value;
    }

    public ActorEntry entry(String key) {
        return byKey.get(key);
    }

    public List<PhraseMatcher.Match<Alias>> find(String text) {
        return matcher.find(text);
    }

    /**
     * The entry an alias stands for in a report about the given country: ambiguous forms such as
     * "government forces" take the row of the focus country, else the generic row of state forces (the security
     * forces of a country the dictionary does not list are state forces, but not Pakistan's), else nobody.
     */
    public ActorEntry resolve(Alias alias, String focusCountry) {
        for (ActorEntry entry : alias.entries()) {
            if (focusCountry != null && focusCountry.equals(entry.actor().iso())) {
                return entry;
            }
        }
        if (alias.entries().size() == 1) {
            return alias.entries().get(0);
        }
        return alias.entries().stream().filter(entry -> entry.actor().iso() == null).findFirst().orElse(null);
    }

    /** Looks up a single word or phrase ("rebel", "YPG"), trying "X forces" too ("Kurdish" → Kurdish forces). */
    public ActorEntry lookup(String surface, String focusCountry) {
        for (String form : List.of(surface, surface + " forces")) {
            List<PhraseMatcher.Match<Alias>> found = matcher.find(form);
            if (found.size() == 1 && found.get(0).text().length() == form.length()) {
                return resolve(found.get(0).phrase().value(), focusCountry);
            }
        }
        return null;
    }

    public boolean isMetonymyVerb(String word) {
        return metonymyVerbs.contains(word.toLowerCase(Locale.ROOT));
    }
}
