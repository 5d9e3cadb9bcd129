package org.sitrep.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives ACLED's civilian targeting flag for GTD-layout rows from their primary target type, by the table
 * {@code gtd-civilian-targets.tsv} (format, sources and the reasoning behind each type in its header).
 */
final class GtdCivilianTargets {
    static final String RESOURCE = "gtd-civilian-targets.tsv";
    private static final String CIVILIAN = "yes";
    private static final String NOT_CIVILIAN = "no";
    private static final String UNDECIDED = "-";

    /** Lower-cased GTD target type to its flag; a type whose flag is undecided is absent. */
    private final Map<String, Boolean> civilianByTargetType;

    private GtdCivilianTargets(Map<String, Boolean> civilianByTargetType) {
        this.civilianByTargetType = Map.copyOf(civilianByTargetType);
    }

    static GtdCivilianTargets load() {
        Map<String, Boolean> table = new HashMap<>();
        Set<String> listed = new HashSet<>();
        for (String line : ResourceLines.read(RESOURCE)) {
            String[] fields = line.split("\t");
            if (fields.length != 2) {
                throw new IllegalStateException(RESOURCE + ": a line needs a target type and yes, no or -: " + line);
            }
            String targetType = fields[0].strip().toLowerCase(Locale.ROOT);
            if (!listed.add(targetType)) {
                throw new IllegalStateException(RESOURCE + ": target type listed twice: " + line);
            }
            Boolean civilian = switch (fields[1].strip()) {
                case CIVILIAN -> Boolean.TRUE;
                case NOT_CIVILIAN -> Boolean.FALSE;
                case UNDECIDED -> null;
                default -> throw new IllegalStateException(RESOURCE + ": expected yes, no or -: " + line);
            };
            if (civilian != null) {
                table.put(targetType, civilian);
            }
        }
        return new GtdCivilianTargets(table);
    }

    /**
     * @param targetType GTD's {@code targtype1_txt}; null when unknown
     * @return whether an attack on that target is civilian targeting; empty when the table does not say
     */
    Optional<Boolean> civilianTargeting(String targetType) {
        return targetType == null ? Optional.empty()
                : Optional.ofNullable(civilianByTargetType.get(targetType.strip().toLowerCase(Locale.ROOT)));
    }
}
