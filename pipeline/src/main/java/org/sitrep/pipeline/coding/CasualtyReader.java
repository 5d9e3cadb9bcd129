package org.sitrep.pipeline.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.pipeline.Resources;
import org.sitrep.pipeline.coding.CasualtyCount.Role;
import org.sitrep.pipeline.text.Sentence;
import org.sitrep.temporal.MatchStarts;

/**
 * Reads counts of killed, injured, arrested and abducted people, and tells an aggregate toll ("a total of 57 people died in
 * Syria yesterday") from the victims of one incident. Words come from {@code casualty-words.tsv}.
 */
public final class CasualtyReader {
    private final Map<String, Integer> numbers;
    private final Map<String, Integer> vague;
    private final Pattern countThenVerb;
    private final Pattern verbThenCount;
    private final Pattern toll;
    private final Pattern killedWord;
    private final Pattern injuringWord;
    private final Pattern oneKilled;
    private final Pattern perpetrators;
    /** "across three of the blasts": a toll shared among incidents; group n, absent for "both". */
    private final Pattern shared;
    /** After one victim: "and two others", "and one of his companions". */
    private final Pattern andOthers;
    /** "This was one of five related attacks": how many incidents a report's own incident is one of. */
    private final Pattern oneOfSeveral;
    /** "across the attacks": a toll shared among the incidents a sentence before counted. */
    private final Pattern sharedAmongThem;
    /** "were killed in the attack": a toll that says it is one incident's. */
    private final Pattern oneIncident;
    /** A coder's note that gives the incident's count: "coded as 3 for this event", or a sentence "9 fatalities." */
    private final Pattern coded;
    /**
     * "Two civilians, six soldiers and": the counts of people before the last of a list ("... and three assailants
     * were killed"), read back from the end of the text before it.
     */
    private final Pattern coordinated;
    /** "killed one Afghan and four Pakistani civilians": the counts of people after a killing verb's count. */
    private final Pattern coordinatedAfter;
    // where the patterns read on every sentence can start (see MatchStarts): they were 4% of a profile on FA-KES
    private final MatchStarts countThenVerbStarts;
    private final MatchStarts verbThenCountStarts;
    private final MatchStarts oneKilledStarts;
    /** "30 protesters were arrested", "three engineers were kidnapped". */
    private final Pattern countThenTaken;
    /** "police arrested 30 protesters", "gunmen abducted dozens of students". */
    private final Pattern takingThenCount;
    private final Pattern abductedWord;
    private final MatchStarts countThenTakenStarts;
    private final MatchStarts takingThenCountStarts;
    /** Words for unarmed people a count may name ("four civilians were injured", "killing two children"). */
    private final Pattern civilianVictims;

    private CasualtyReader(Map<String, Integer> numbers, Map<String, Integer> vague, String killed, String injured,
                           String killing, String injuring, String toll, String oneKilled, String perpetrators,
                           String shared, String sharedIncidents, String oneIncident, String coded, String note, String victims,
                           String arrested, String abducted, String civilians) {
        this.numbers = Map.copyOf(numbers);
        this.vague = Map.copyOf(vague);
        String number = "(?<num>\\d{1,3}(?:,\\d{3})+|\\d+|" + alternation(numbers) + "|" + alternation(vague) + ")";
        String qualifier = "(?:(?<qual>at least|more than|over|some|about|around|nearly|almost|up to|as many as|at most)\\s+)?";
        this.countThenVerb = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + qualifier + number
                // a modal verb is no filler: "five troops could have been killed" is no count
                + "(?<range>\\s*(?:-|–|to)\\s*\\d+)?(?:\\s+(?![\\p{N}]|(?:and|or|but|could|might|may|would|should|must)\\b)[\\p{L}’'-]+){0,4}?"
                // "Six people, including the bombers, were killed", "Three officials, a police chief and two officers,
                // were killed": an aside between the count and its verb, or the victims named one by one
                + "(?:,\\s+(?:including|among them|most of them|mostly|a|an|the|\\d+|" + alternation(numbers) + ")\\s[^,]{1,60},)?\\s+(?:(?:were|was|have been|has been|had been|are|is)\\s+)?"
                + "(?:(?:reportedly|reported|confirmed|believed|feared)\\s+(?:to have been\\s+|to be\\s+)?)?(?<verb>" + killed + "|" + injured + ")(?![\\p{L}])");
        this.verbThenCount = Pattern.compile("(?i)(?<![\\p{L}])(?<verb>" + killing + "|" + injuring + ")\\s+" + qualifier + number
                // "leaving one soldier slightly injured": the words before dead or injured are tried first, so
                // that an injured count after a killing verb is read as injured ("killed 1 civilian and injured 2
                // others" is not)
                + "(?:(?:\\s+(?!and\\b)[\\p{L}]+){0,2}?\\s+(?<what>dead|wounded|injured)(?![\\p{L}]))?");
        this.toll = Pattern.compile("(?i)(?<![\\p{L}])(?:" + toll + ")(?![\\p{L}])");
        this.killedWord = Pattern.compile("(?i)^(?:" + killed + ")$");
        this.injuringWord = Pattern.compile("(?i)^(?:" + injuring + ")$");
        this.oneKilled = Pattern.compile("(?i)(?<![\\p{L}])(?:" + oneKilled + ")(?![\\p{L}])");
        this.perpetrators = Pattern.compile("(?i)(?<![\\p{L}])(?:" + perpetrators + ")(?![\\p{L}])");
        this.shared = Pattern.compile("(?i)(?<![\\p{L}])(?:" + shared + ")\\s+(?:(?:the\\s+)?(?<n>\\d+|" + alternation(numbers) + ")|both|the two)"
                + "\\s+(?:of\\s+the\\s+)?(?:" + sharedIncidents + ")(?![\\p{L}])");
        this.oneOfSeveral = Pattern.compile("(?i)(?<![\\p{L}])one of (?:the )?(?<n>\\d+|" + alternation(numbers) + ")\\s+(?:[\\p{L}-]+\\s+)?(?:"
                + sharedIncidents + ")(?![\\p{L}])");
        this.andOthers = Pattern.compile("(?i)\\s+and\\s+(?:(?<n>\\d+|" + alternation(numbers) + ")\\s+(?:others|other people|companions|of (?:his|her|their) \\p{L}+)"
                + "|one of (?:his|her|their) \\p{L}+)(?![\\p{L}])"
                // "was killed and eight others were injured": those others are not dead
                + "(?!\\s+(?:were|was|are|have been)\\s+(?:also\\s+)?(?:injured|wounded|hurt))");
        this.oneIncident = Pattern.compile("(?i)\\b(?:in|during|by) the (?:" + oneIncident + ")(?![\\p{L}])");
        this.coded = Pattern.compile("(?i)(?<![\\p{L}])(?:" + coded + ")\\s+(?<num>\\d+|" + alternation(numbers)
                + ")(?![\\p{L}\\p{N}])(?!\\s+(?:events?|locations?|places?|days?)(?![\\p{L}]))"
                + "|^\\s*(?<noteNum>\\d+|" + alternation(numbers) + ")\\s+(?:" + note + ")\\s*\\.?\\s*$");
        this.coordinated = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + qualifier + "(?<num>\\d{1,3}(?:,\\d{3})*|" + alternation(numbers)
                + ")(?![\\p{N}])(?:\\s+[\\p{L}’'-]+){0,3}?\\s+(?:" + victims + ")s?\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)$");
        this.coordinatedAfter = Pattern.compile("(?i)(?:\\s+(?!and\\b)[\\p{L}’'-]+){0,3}?,?\\s+and\\s+(?<num>\\d{1,3}(?:,\\d{3})*|"
                + alternation(numbers) + ")(?![\\p{N}])(?:\\s+[\\p{L}’'-]+){0,3}?\\s+(?:" + victims + ")s?(?![\\p{L}])"
                + "(?!\\s+(?:were|was|are|have been)\\s+(?:also\\s+)?(?:injured|wounded|hurt))");
        this.sharedAmongThem = Pattern.compile("(?i)(?<![\\p{L}])(?:across|in|during) the (?:" + sharedIncidents + ")(?![\\p{L}])");
        this.countThenVerbStarts = MatchStarts.of(countThenVerb);
        this.verbThenCountStarts = MatchStarts.of(verbThenCount);
        this.oneKilledStarts = MatchStarts.of(this.oneKilled);
        String taken = arrested + "|" + abducted;
        this.countThenTaken = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + qualifier + number
                + "(?<range>\\s*(?:-|–|to)\\s*\\d+)?(?:\\s+(?![\\p{N}]|(?:and|or|but|could|might|may|would|should|must)\\b)[\\p{L}’'-]+){0,4}?"
                + "\\s+(?:(?:were|was|have been|has been|had been|are|is|being)\\s+)?(?:(?:reportedly|reported|allegedly)\\s+)?(?<verb>" + taken + ")(?![\\p{L}])");
        // "detained for 30 days", "kidnapped 2 years ago": a length of time is no count of people
        this.takingThenCount = Pattern.compile("(?i)(?<![\\p{L}])(?<verb>" + taken + ")\\s+" + qualifier + number
                + "(?![\\p{L}\\p{N}])(?!\\s+(?:years?|months?|weeks?|days?|hours?|minutes?|percent|per cent|times)(?![\\p{L}]))");
        this.abductedWord = Pattern.compile("(?i)^(?:" + abducted + ")$");
        this.civilianVictims = Pattern.compile("(?i)(?<![\\p{L}])(?:" + civilians + ")(?![\\p{L}])");
        this.countThenTakenStarts = MatchStarts.of(countThenTaken);
        this.takingThenCountStarts = MatchStarts.of(takingThenCount);
    }

    public static CasualtyReader loadDefault() {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, Integer> vague = new LinkedHashMap<>();
        Map<String, String> words = new LinkedHashMap<>();
        for (String line : Resources.lines("casualty-words.tsv")) {
            String[] cols = line.split("\t");
            switch (cols[0]) {
                case "number" -> numbers.put(cols[1], Integer.parseInt(cols[2]));
                case "vague" -> vague.put(cols[1], Integer.parseInt(cols[2]));
                default -> words.put(cols[0], cols[1]);
            }
        }
        addCompounds(numbers);
        return new CasualtyReader(numbers, vague, words.get("killed"), words.get("injured"), words.get("killing"), words.get("injuring"), words.get("toll"),
                words.get("one_killed"), words.get("perpetrators"), words.get("shared"), words.get("shared_incidents"),
                words.get("one_incident"), words.get("coded"), words.get("note"), words.get("victims"),
                words.get("arrested"), words.get("abducted"), words.get("civilians"));
    }

    /** "thirty-eight", "twenty one": each tens word with each unit word, hyphenated or not. */
    private static void addCompounds(Map<String, Integer> numbers) {
        Map<String, Integer> compounds = new LinkedHashMap<>();
        numbers.forEach((tens, tensValue) -> {
            if (tensValue >= 20 && tensValue < 100 && tensValue % 10 == 0 && !tens.contains(" ")) {
                numbers.forEach((unit, unitValue) -> {
                    if (unitValue >= 1 && unitValue <= 9 && !unit.contains(" ")) {
                        compounds.put(tens + "-" + unit, tensValue + unitValue);
                        compounds.put(tens + " " + unit, tensValue + unitValue);
                    }
                });
            }
        });
        numbers.putAll(compounds);
    }

    private static String alternation(Map<String, Integer> words) {
        return words.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    /**
     * Whether the sentence presents its count as an aggregate toll. A coder's note is the incident's count, even
     * as "a total of fatalities coded as 6".
     */
    public boolean isToll(String sentence) {
        return toll.matcher(sentence).find() && !coded.matcher(sentence).find();
    }

    /** Counts in a sentence: "killing 12" and "killed two soldiers" first, then "57 people died". */
    public List<CasualtyCount> read(Sentence sentence) {
        String text = sentence.text();
        List<CasualtyCount> counts = new ArrayList<>();
        Matcher m = coded.matcher(text);
        while (m.find()) {
            int value = count(m.group("num") != null ? m.group("num") : m.group("noteNum"));
            counts.add(new CasualtyCount(sentence.start() + m.start(), sentence.start() + m.end(), m.group(), Role.KILLED, value, value,
                    false, true));
        }
        m = verbThenCount.matcher(text);
        for (int from = 0; from <= text.length() && verbThenCountStarts.find(m, text, from); from = MatchStarts.after(m)) {
            String what = m.group("what");
            boolean killing = !injuringWord.matcher(m.group("verb")).matches();
            if (!overlaps(counts, sentence.start() + m.start(), sentence.start() + m.end())) {
                add(counts, sentence, m, killing && (what == null || what.equalsIgnoreCase("dead")) ? Role.KILLED : Role.INJURED);
                if (what == null) {
                    withCoordinatedAfter(counts, sentence);
                }
            }
        }
        m = countThenVerb.matcher(text);
        for (int from = 0; from <= text.length() && countThenVerbStarts.find(m, text, from); from = MatchStarts.after(m)) {
            if (!overlaps(counts, sentence.start() + m.start(), sentence.start() + m.end())) {
                add(counts, sentence, m, killedWord.matcher(m.group("verb")).matches() ? Role.KILLED : Role.INJURED);
                withCoordinated(counts, sentence);
            }
        }
        if (counts.stream().anyMatch(CasualtyCount::coded)) {
            // "There were 5 fatalities ... split across two days, coded as 3 in this event": the note's count only
            counts.removeIf(c -> c.killed() && !c.coded());
        }
        if (counts.stream().noneMatch(CasualtyCount::killed)) {
            m = oneKilled.matcher(text);
            if (oneKilledStarts.find(m, text, 0)) {
                // "killed a commander and two others", "and one of his companions": the others count too
                Matcher others = andOthers.matcher(text).region(m.end(), text.length());
                boolean withOthers = others.lookingAt();
                int end = withOthers ? others.end() : m.end();
                int killed = 1 + (!withOthers ? 0 : others.group("n") == null ? 1 : count(others.group("n")));
                counts.add(new CasualtyCount(sentence.start() + m.start(), sentence.start() + end, text.substring(m.start(), end),
                        Role.KILLED, killed, killed, false, false));
            }
        }
        readTaken(sentence, counts);
        counts.sort(java.util.Comparator.comparingInt(CasualtyCount::start));
        return shares(text, withPerpetrators(text, sentence.start(), counts));
    }

    /** Whether a count names its victims as civilians ("four civilians were injured"), which makes them the incident's target. */
    public boolean civilianVictims(CasualtyCount count) {
        return civilianVictims.matcher(count.text()).find();
    }

    /** The arrested and the abducted: "arrested 30 protesters", "three engineers were kidnapped". */
    private void readTaken(Sentence sentence, List<CasualtyCount> counts) {
        String text = sentence.text();
        Matcher m = takingThenCount.matcher(text);
        for (int from = 0; from <= text.length() && takingThenCountStarts.find(m, text, from); from = MatchStarts.after(m)) {
            if (!overlaps(counts, sentence.start() + m.start(), sentence.start() + m.end())) {
                add(counts, sentence, m, abductedWord.matcher(m.group("verb")).matches() ? Role.ABDUCTED : Role.ARRESTED);
            }
        }
        m = countThenTaken.matcher(text);
        for (int from = 0; from <= text.length() && countThenTakenStarts.find(m, text, from); from = MatchStarts.after(m)) {
            if (!overlaps(counts, sentence.start() + m.start(), sentence.start() + m.end())) {
                add(counts, sentence, m, abductedWord.matcher(m.group("verb")).matches() ? Role.ABDUCTED : Role.ARRESTED);
            }
        }
    }

    private static boolean overlaps(List<CasualtyCount> counts, int start, int end) {
        return counts.stream().anyMatch(c -> c.start() < end && start < c.end());
    }

    /**
     * "Two civilians, six soldiers, and three assailants were killed": the last count read takes in the counts of
     * people listed before it, each a number and a word for people ("12 Yemeni soldiers and"), from the nearest back.
     */
    private void withCoordinated(List<CasualtyCount> counts, Sentence sentence) {
        CasualtyCount last = counts.get(counts.size() - 1);
        int start = last.start() - sentence.start();
        int low = last.low();
        Integer high = last.high();
        Matcher m = coordinated.matcher(sentence.text());
        while (start > 0 && m.region(0, start).find() && !overlaps(counts, sentence.start() + m.start(), sentence.start() + m.end())) {
            String num = m.group("num").toLowerCase(Locale.ROOT);
            int value = numbers.containsKey(num) ? numbers.get(num) : Integer.parseInt(num.replace(",", ""));
            String qualifier = m.group("qual") == null ? "" : m.group("qual").toLowerCase(Locale.ROOT);
            boolean open = qualifier.equals("at least") || qualifier.equals("more than") || qualifier.equals("over");
            low += value + (qualifier.equals("more than") || qualifier.equals("over") ? 1 : 0);
            high = high == null || open ? null : high + value;
            start = m.start();
        }
        if (start != last.start() - sentence.start()) {
            counts.set(counts.size() - 1, new CasualtyCount(sentence.start() + start, last.end(),
                    sentence.text().substring(start, last.end() - sentence.start()), last.role(), low, high, last.vague(), false));
        }
    }

    /** "killed 12 soldiers and 10 assailants": the last count read takes in the counts of people listed after it. */
    private void withCoordinatedAfter(List<CasualtyCount> counts, Sentence sentence) {
        CasualtyCount last = counts.get(counts.size() - 1);
        int end = last.end() - sentence.start();
        int low = last.low();
        Integer high = last.high();
        Matcher m = coordinatedAfter.matcher(sentence.text());
        while (m.region(end, sentence.text().length()).lookingAt()) {
            int value = count(m.group("num"));
            low += value;
            high = high == null ? null : high + value;
            end = m.end();
        }
        if (end != last.end() - sentence.start()) {
            int start = last.start() - sentence.start();
            counts.set(counts.size() - 1, new CasualtyCount(last.start(), sentence.start() + end,
                    sentence.text().substring(start, end), last.role(), low, high, last.vague(), false));
        }
    }

    /**
     * "In addition to the bomber, at least two people were killed": the count leaves out the attackers that the
     * incident's toll includes, one, or as many as the words say.
     */
    private List<CasualtyCount> withPerpetrators(String text, int offset, List<CasualtyCount> counts) {
        Matcher m = perpetrators.matcher(text);
        if (!m.find()) {
            return counts;
        }
        int after = offset + m.end();
        String words = m.group().toLowerCase(Locale.ROOT);
        int extra = numbers.entrySet().stream().filter(e -> words.contains(" " + e.getKey() + " ")).map(Map.Entry::getValue)
                .findFirst().orElse(1);
        List<CasualtyCount> adjusted = new ArrayList<>(counts);
        for (int i = 0; i < adjusted.size(); i++) {
            CasualtyCount c = adjusted.get(i);
            if (c.killed() && c.start() >= after && !c.coded()) {
                adjusted.set(i, c.withBounds(c.low() + extra, c.high() == null ? null : c.high() + extra));
                break;
            }
        }
        return adjusted;
    }

    /**
     * "At least seven people were killed across three of the blasts": each incident's share of a toll that
     * several incidents share, rounded down (the report's own incident is one of them).
     */
    private List<CasualtyCount> shares(String text, List<CasualtyCount> counts) {
        Matcher m = shared.matcher(text);
        return m.find() ? divided(counts, m.group("n") == null ? 2 : count(m.group("n"))) : counts;
    }

    /** Whether a toll says it is one incident's ("were killed in the attack"). */
    public boolean namesOneIncident(String text) {
        return oneIncident.matcher(text).find();
    }

    /**
     * How many incidents a sentence says the report's own is one of ("This was one of five related attacks in
     * Marib on this date"), else 0.
     */
    public int oneOfSeveral(String text) {
        Matcher m = oneOfSeveral.matcher(text);
        return m.find() ? count(m.group("n")) : 0;
    }

    /**
     * "Twenty soldiers were killed across the attacks", after a sentence that counted them: each incident's share
     * of the counts, as {@link #read} gives it for "across five of the attacks".
     */
    public List<CasualtyCount> sharedAmong(List<CasualtyCount> counts, String text, int incidents) {
        return incidents >= 2 && sharedAmongThem.matcher(text).find() && !shared.matcher(text).find()
                ? divided(counts, incidents) : counts;
    }

    private int count(String number) {
        return numbers.getOrDefault(number.toLowerCase(Locale.ROOT), number.matches("\\d+") ? Integer.parseInt(number) : 1);
    }

    private static List<CasualtyCount> divided(List<CasualtyCount> counts, int incidents) {
        if (incidents < 2) {
            return counts;
        }
        // a coder's note gives the incident's own count, already its share
        return counts.stream().map(c -> c.coded() ? c : c.withBounds(Math.max(1, c.low() / incidents),
                c.high() == null ? null : Math.max(1, c.high() / incidents))).toList();
    }

    private void add(List<CasualtyCount> counts, Sentence sentence, Matcher m, Role role) {
        String num = m.group("num").toLowerCase(Locale.ROOT);
        String qualifier = m.group("qual") == null ? "" : m.group("qual").toLowerCase(Locale.ROOT);
        boolean isVague = vague.containsKey(num);
        int value = isVague ? vague.get(num) : numbers.containsKey(num) ? numbers.get(num) : Integer.parseInt(num.replace(",", ""));
        Integer high = switch (qualifier) {
            case "at least", "more than", "over" -> null;
            default -> isVague ? null : value;
        };
        String range = groupOrNull(m, "range");
        if (range != null) {
            high = Integer.parseInt(range.replaceAll("\\D", ""));
        }
        if (qualifier.equals("more than") || qualifier.equals("over")) {
            value++;
        }
        counts.add(new CasualtyCount(sentence.start() + m.start(), sentence.start() + m.end(), m.group(), role, value, high, isVague, false));
    }

    private static String groupOrNull(Matcher m, String group) {
        try {
            return m.group(group);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }
}
