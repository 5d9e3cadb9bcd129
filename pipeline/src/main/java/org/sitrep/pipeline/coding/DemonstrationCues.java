package org.sitrep.pipeline.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.pipeline.Resources;

/**
 * Decides which of ACLED's demonstration sub-event types a reported demonstration is (resource
 * {@code demonstration-cues.tsv}): what the participants did and how the authorities met them, read around the
 * protest's trigger. A demonstration with no cue stays what its trigger says.
 */
public final class DemonstrationCues {
    /** The kinds of escalation, each with the sub-event type it codes. */
    enum Escalation {
        VIOLENT("Violent demonstration"),
        LETHAL_FORCE("Excessive force against protesters"),
        INTERVENTION("Protest with intervention");

        final String subEventType;

        Escalation(String subEventType) {
            this.subEventType = subEventType;
        }
    }

    private record Cue(Escalation escalation, Pattern pattern) {
    }

    private final List<Cue> cues;

    private DemonstrationCues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    public static DemonstrationCues loadDefault() {
        List<Cue> cues = new ArrayList<>();
        for (String line : Resources.lines("demonstration-cues.tsv")) {
            String[] cols = line.split("\t");
            Escalation escalation = Escalation.valueOf(cols[0].toUpperCase(Locale.ROOT));
            cues.add(new Cue(escalation, Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + cols[1] + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        return new DemonstrationCues(cues);
    }

    /** Whether a sub-event type is one a demonstration's escalation may change. */
    static boolean isDemonstration(String subEventType) {
        return switch (subEventType) {
            case "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                 "Violent demonstration" -> true;
            default -> false;
        };
    }

    /**
     * The sub-event type of a demonstration its trigger coded as {@code subEventType}, given the text around it:
     * the most serious escalation found, but never a milder type than the trigger's own.
     */
    String escalate(String subEventType, String text) {
        Optional<Escalation> found = cues.stream().filter(c -> c.pattern().matcher(text).find())
                .map(Cue::escalation).min(Enum::compareTo);
        if (found.isEmpty()) {
            return subEventType;
        }
        Escalation own = java.util.Arrays.stream(Escalation.values())
                .filter(e -> e.subEventType.equals(subEventType)).findFirst().orElse(null);
        return own != null && own.compareTo(found.get()) < 0 ? subEventType : found.get().subEventType;
    }
}
