package org.sitrep.pipeline.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.pipeline.Resources;
import org.sitrep.pipeline.text.Sentence;
import org.sitrep.temporal.MatchStarts;

/** The trigger lexicon (resource {@code event-triggers.tsv}); every sub-event type it names is checked against the taxonomy. */
public final class EventLexicon {
    private final List<TriggerRule> rules;
    /** Where each rule's matches can start and the words they hold, so that a rule is tried only where it can match. */
    private final List<MatchStarts> ruleStarts;

    public EventLexicon(List<TriggerRule> rules) {
        this.rules = List.copyOf(rules);
        this.ruleStarts = this.rules.stream().map(rule -> MatchStarts.of(rule.pattern())).toList();
    }

    public static EventLexicon loadDefault(Taxonomy taxonomy) {
        List<TriggerRule> rules = new ArrayList<>();
        for (String line : Resources.lines("event-triggers.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 5) {
                throw new IllegalStateException("event-triggers.tsv: expected 5 columns in: " + line);
            }
            if (!TriggerRule.TERRITORY.equals(cols[1]) && !taxonomy.knows(cols[1])) {
                throw new IllegalStateException("event-triggers.tsv: unknown sub-event type " + cols[1]);
            }
            Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + cols[0] + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            rules.add(new TriggerRule(pattern, cols[1], dash(cols[2]), dash(cols[3]), Integer.parseInt(cols[4])));
        }
        return new EventLexicon(rules);
    }

    private static String dash(String value) {
        return "-".equals(value) ? null : value;
    }

    public List<TriggerRule> rules() {
        return rules;
    }

    /** Triggers in a sentence; where two overlap, the longer (then the more specific) wins. */
    public List<Trigger> find(Sentence sentence) {
        List<Trigger> all = new ArrayList<>();
        String text = sentence.text();
        MatchStarts.Words words = new MatchStarts.Words(text);
        for (int r = 0; r < rules.size(); r++) {
            TriggerRule rule = rules.get(r);
            MatchStarts starts = ruleStarts.get(r);
            if (!starts.mayMatch(words)) {
                continue; // none of the rule's trigger words is in the sentence
            }
            Matcher m = rule.pattern().matcher(text);
            for (int from = 0; from <= text.length() && starts.find(m, text, from); from = MatchStarts.after(m)) {
                all.add(new Trigger(sentence.start() + m.start(), sentence.start() + m.end(), m.group(), rule));
            }
        }
        all.sort(Comparator.comparingInt((Trigger t) -> t.end() - t.start()).reversed()
                .thenComparing(Comparator.comparingInt((Trigger t) -> t.rule().specificity()).reversed()));
        List<Trigger> kept = new ArrayList<>();
        for (Trigger t : all) {
            if (kept.stream().noneMatch(k -> k.start() < t.end() && t.start() < k.end())) {
                kept.add(t);
            }
        }
        kept.sort(Comparator.comparingInt(Trigger::start));
        return kept;
    }
}
