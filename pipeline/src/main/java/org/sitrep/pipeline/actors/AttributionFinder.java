package org.sitrep.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.pipeline.Resources;
import org.sitrep.pipeline.text.PhraseMatcher;
import org.sitrep.pipeline.text.PhraseMatcher.Phrase;
import org.sitrep.pipeline.text.Sentence;

/** Finds the monitors, agencies and media a sentence cites (resource {@code attributions.tsv}). */
public final class AttributionFinder {
    private final PhraseMatcher<String> matcher;

    private AttributionFinder(List<Phrase<String>> phrases) {
        this.matcher = new PhraseMatcher<>(phrases);
    }

    public static AttributionFinder loadDefault() {
        List<Phrase<String>> phrases = new ArrayList<>();
        for (String line : Resources.lines("attributions.tsv")) {
            String[] cols = line.split("\t");
            for (String form : cols[1].split("\\|")) {
                boolean caseSensitive = form.startsWith("'") && form.endsWith("'");
                phrases.add(new Phrase<>(caseSensitive ? form.substring(1, form.length() - 1) : form, caseSensitive, cols[0]));
            }
        }
        return new AttributionFinder(phrases);
    }

    public List<Attribution> find(Sentence sentence) {
        List<Attribution> found = new ArrayList<>();
        for (PhraseMatcher.Match<String> m : matcher.find(sentence.text())) {
            found.add(new Attribution(sentence.start() + m.start(), sentence.start() + m.end(), m.text(), m.phrase().value()));
        }
        return found;
    }
}
