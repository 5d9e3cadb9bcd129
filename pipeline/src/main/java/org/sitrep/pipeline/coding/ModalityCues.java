package org.sitrep.pipeline.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.temporal.MatchStarts;
import org.sitrep.model.Modality;
import org.sitrep.pipeline.Resources;

/**
 * Modality from the words just before a trigger (resource {@code modality-cues.tsv}): a cue counts when it
 * stands within {@value #WINDOW_WORDS} words of the trigger and in the same clause.
 */
public final class ModalityCues {
    static final int WINDOW_WORDS = 3;

    /** Everything up to the last clause boundary: punctuation, or a conjunction that opens a new clause. */
    private static final Pattern CLAUSE_START = Pattern.compile(
            "(?is)^.*(?:[,;:—–(\"“]|\\b(?:as|when|while|after|before|because|but|and then|since|whereas)\\b)");

    /** @param starts where the pattern's matches can start: each cue is tried only at a word with its first letters */
    private record Cue(Modality modality, Pattern pattern, MatchStarts starts) {
        Cue(Modality modality, Pattern pattern) {
            this(modality, pattern, MatchStarts.of(pattern));
        }
    }

    private final List<Cue> cues;

    private ModalityCues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    public static ModalityCues loadDefault() {
        List<Cue> cues = new ArrayList<>();
        for (String line : Resources.lines("modality-cues.tsv")) {
            String[] cols = line.split("\t");
            Modality modality = Modality.valueOf(cols[0].toUpperCase(Locale.ROOT));
            // the cue, then at most WINDOW_WORDS words up to the trigger
            cues.add(new Cue(modality, Pattern.compile("(?i)(?<![\\p{L}])(?:" + cols[1] + ")(?:\\s+[^\\s,;:]+){0," + WINDOW_WORDS + "}\\s*$")));
        }
        return new ModalityCues(cues);
    }

    /** The modality the text right before a trigger gives it; ASSERTED when no cue is found. */
    public Modality before(String textBeforeTrigger) {
        String clause = CLAUSE_START.matcher(textBeforeTrigger).replaceAll("");
        for (Cue cue : cues) {
            if (cue.starts().find(cue.pattern().matcher(clause), clause, 0)) {
                return cue.modality();
            }
        }
        return Modality.ASSERTED;
    }
}
