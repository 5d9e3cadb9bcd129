package org.sitrep.temporal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of rules.txt: a pattern, the TIMEX3 type it produces and the normaliser that reads its
 * named groups.
 *
 * @param groups the named groups of {@code pattern}, so normalisers can ask for optional ones
 */
record TimexRule(String name, TimexType type, Normaliser normaliser, Pattern pattern, Set<String> groups) {

    /** The group that, when a rule defines it, delimits the mention inside a wider match. */
    static final String EXTENT_GROUP = "timex";

    /**
     * The (empty) group that marks a rule's mentions as asides of a narrative, which anaphoric expressions after
     * them do not count from: "the 1812 campaign", "the previous year".
     */
    static final String ASIDE_GROUP = "aside";

    private static final Pattern PLACEHOLDER = Pattern.compile("%([a-z_]+)");
    private static final Pattern DEFINE = Pattern.compile("define\\s+([a-z_]+)\\s*=\\s*(.+)");
    private static final Pattern RULE = Pattern.compile("([\\w-]+)\\s*\\|\\s*(\\w+)\\s*\\|\\s*(\\w+)\\s*\\|\\s*(.+)");

    /** Parses a rule file, expanding %placeholders from the lexicons and from its own defines. */
    static List<TimexRule> load(String resource, Lexicons lexicons) {
        Map<String, String> macros = new HashMap<>(lexicons.placeholders());
        List<TimexRule> rules = new ArrayList<>();
        for (String line : Lexicon.readLines(resource)) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            Matcher define = DEFINE.matcher(content);
            Matcher rule = RULE.matcher(content);
            if (define.matches()) {
                macros.put(define.group(1), expand(define.group(2).strip(), macros, content));
            } else if (rule.matches()) {
                // ASCII case folding: the rules and word lists have no cased letter outside ASCII, and Unicode
                // folding made every character comparison a Character.toLowerCase(int) call — the tagger was the
                // extractor's top hot spot in a JFR profile (docs/performance.md)
                Pattern pattern = Pattern.compile(expand(rule.group(4).strip(), macros, content), Pattern.CASE_INSENSITIVE);
                rules.add(new TimexRule(rule.group(1), TimexType.valueOf(rule.group(2)),
                        Normaliser.valueOf(rule.group(3)), pattern, Set.copyOf(pattern.namedGroups().keySet())));
            } else {
                throw new IllegalStateException(resource + ": cannot parse line: " + content);
            }
        }
        return List.copyOf(rules);
    }

    private static String expand(String regex, Map<String, String> macros, String line) {
        return PLACEHOLDER.matcher(regex).replaceAll(placeholder -> {
            String expansion = macros.get(placeholder.group(1));
            if (expansion == null) {
                throw new IllegalStateException("unknown placeholder %" + placeholder.group(1) + " in: " + line);
            }
            return Matcher.quoteReplacement(expansion);
        });
    }
}
