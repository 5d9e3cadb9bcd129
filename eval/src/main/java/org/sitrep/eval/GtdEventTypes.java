package org.sitrep.eval;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Derives ACLED event types for GTD-layout rows from the rules in {@code gtd-acled-event-types.tsv}
 * (format and sources in its header).
 */
final class GtdEventTypes {
    static final String RESOURCE = "gtd-acled-event-types.tsv";
    private static final String UNKNOWN_SUB_EVENT_TYPE = "-";
    /** GTD writes N/A for an empty cell; conditions are written against that. */
    private static final String GTD_EMPTY = "N/A";

    private record Condition(String column, Pattern pattern) {
    }

    private record Rule(AcledType type, List<Condition> conditions) {
        boolean holds(UnaryOperator<String> cellOfColumn) {
            return conditions.stream().allMatch(c -> c.pattern().matcher(cellOfColumn.apply(c.column())).find());
        }
    }

    private final List<Rule> rules;

    private GtdEventTypes(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static GtdEventTypes load() {
        return new GtdEventTypes(ResourceLines.read(RESOURCE).stream().map(GtdEventTypes::parseRule).toList());
    }

    /**
     * @param cellOfColumn the row's cell for a GTD column name; null or blank when empty or absent
     * @return the type of the first rule that holds, or empty when none does
     */
    Optional<AcledType> classify(UnaryOperator<String> cellOfColumn) {
        UnaryOperator<String> gtdCell = column -> {
            String cell = cellOfColumn.apply(column);
            return cell == null || cell.isBlank() ? GTD_EMPTY : cell.strip();
        };
        return rules.stream().filter(rule -> rule.holds(gtdCell)).map(Rule::type).findFirst();
    }

    private static Rule parseRule(String line) {
        String[] fields = line.split("\t");
        if (fields.length < 3) {
            throw new IllegalStateException(RESOURCE + ": a rule needs a type, a sub-type and a condition: " + line);
        }
        String subEventType = fields[1].strip().equals(UNKNOWN_SUB_EVENT_TYPE) ? null : fields[1].strip();
        List<Condition> conditions = List.of(fields).subList(2, fields.length).stream()
                .map(condition -> parseCondition(condition, line)).toList();
        return new Rule(new AcledType(fields[0].strip(), subEventType), conditions);
    }

    private static Condition parseCondition(String condition, String line) {
        int separator = condition.indexOf('~');
        if (separator < 1) {
            throw new IllegalStateException(RESOURCE + ": condition is not COLUMN~REGEX: " + line);
        }
        return new Condition(condition.substring(0, separator).strip(),
                Pattern.compile(condition.substring(separator + 1), Pattern.CASE_INSENSITIVE));
    }
}
