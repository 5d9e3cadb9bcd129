package org.sitrep.temporal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

/**
 * A HeidelTime-style tagger: the patterns (rules.txt) and word lists (months.txt, numbers.txt, ...)
 * are resource files under org/sitrep/temporal; the code only expands, matches and normalises them.
 * Overlapping matches are settled longest first, ties by rule order. Instances are immutable and
 * thread-safe.
 */
public final class RuleBasedTemporalTagger implements TemporalTagger {
    private static final String RULES = "rules.txt";
    /** What may stand between a clock time and the date it belongs to: "9 pm, June 1", "9 pm on 3 May". */
    private static final Pattern DATE_AFTER_TIME = Pattern.compile("\\s*,?\\s*(?:on\\s+)?(?:the\\s+)?", Pattern.CASE_INSENSITIVE);

    private final Lexicons lexicons;
    private final List<TimexRule> rules;
    /** Where each rule's matches can start, so that a sentence is searched only there (see MatchStarts). */
    private final List<MatchStarts> ruleStarts;
    private final FutureWording futureWording;
    private final boolean dayFirst;

    /**
     * Loads the bundled rules and word lists.
     *
     * @param dayFirst whether an all-figure date such as 5/9/2016 reads day first (5 September) or
     *                 month first (May 9); a first or second number above 12 settles it either way
     */
    public RuleBasedTemporalTagger(boolean dayFirst) {
        this.lexicons = Lexicons.loadDefault();
        this.rules = TimexRule.load(RULES, lexicons);
        this.ruleStarts = rules.stream().map(rule -> MatchStarts.of(rule.pattern())).toList();
        this.futureWording = new FutureWording(lexicons.futureCues(), lexicons.tenseWords());
        this.dayFirst = dayFirst;
    }

    /** The bundled rules, reading all-figure dates day first as most of the world writes them. */
    public static RuleBasedTemporalTagger loadDefault() {
        return new RuleBasedTemporalTagger(true);
    }

    /**
     * Matches every rule, keeps the longest of overlapping matches, then resolves the kept ones in text order,
     * each against the date mentioned last before it. Matches are first resolved without that anchor so that a
     * normaliser's veto (an invalid date) settles which extents compete, independently of the narrative.
     */
    @Override
    public List<TimeMention> tag(String text, LocalDateTime reference, EventDate anchor) {
        List<Candidate> candidates = new ArrayList<>();
        MatchStarts.Words words = new MatchStarts.Words(text);
        for (int ruleIndex = 0; ruleIndex < rules.size(); ruleIndex++) {
            TimexRule rule = rules.get(ruleIndex);
            MatchStarts starts = ruleStarts.get(ruleIndex);
            if (!starts.mayMatch(words)) {
                continue; // the sentence lacks words every match of the rule holds (a month name, "ago")
            }
            Matcher matcher = rule.pattern().matcher(text);
            for (int from = 0; from <= text.length() && starts.find(matcher, text, from); from = MatchStarts.after(matcher)) {
                boolean narrowed = rule.groups().contains(TimexRule.EXTENT_GROUP);
                int start = narrowed ? matcher.start(TimexRule.EXTENT_GROUP) : matcher.start();
                int end = narrowed ? matcher.end(TimexRule.EXTENT_GROUP) : matcher.end();
                if (start < 0 || end <= start) {
                    continue;
                }
                boolean future = futureWording.governs(text, start, end);
                boolean past = !future && futureWording.pastTense(text, start, end);
                Groups groups = new Groups(matcher.toMatchResult(), rule.groups());
                Optional<Resolution> unanchored = rule.normaliser().resolve(groups, context(rule, reference, null, future, past));
                if (unanchored.isPresent()) {
                    candidates.add(new Candidate(start, end, ruleIndex, groups, future, past, unanchored.get()));
                }
            }
        }
        List<TimeMention> mentions = new ArrayList<>();
        EventDate lastMentioned = anchor;
        List<Candidate> kept = selectLongest(candidates);
        for (int i = 0; i < kept.size(); i++) {
            Candidate candidate = kept.get(i);
            TimexRule rule = rules.get(candidate.ruleIndex());
            EventDate anchorHere = rule.normaliser() == Normaliser.TIME_OF_DAY && i + 1 < kept.size()
                    ? dayRightAfter(text, candidate, kept.get(i + 1)).orElse(lastMentioned) : lastMentioned;
            Resolution resolution = rule.normaliser()
                    .resolve(candidate.groups(), context(rule, reference, anchorHere, candidate.futureWording(),
                            candidate.pastTense()))
                    .orElse(candidate.unanchored()); // "February 29" in a year of the narrative that has none
            TimeMention mention = candidate.toMention(text, reference, resolution);
            mentions.add(mention);
            lastMentioned = TimeMention.anchorAfter(List.of(mention), lastMentioned);
        }
        return List.copyOf(mentions);
    }

    /**
     * The day of a date that follows a clock time directly ("at 09:30 UTC, May 2nd", "9 pm on 3 May"): the time's
     * day, before the day mentioned last.
     */
    private Optional<EventDate> dayRightAfter(String text, Candidate time, Candidate next) {
        if (rules.get(next.ruleIndex()).normaliser() == Normaliser.TIME_OF_DAY) {
            return Optional.empty(); // a list of clock times ("at 10:15 am, 10:40 am") shares the day before it
        }
        EventDate date = next.unanchored().date();
        boolean adjacent = DATE_AFTER_TIME.matcher(text.substring(time.end(), next.start())).matches();
        return adjacent && date != null && date.precision() == DatePrecision.DAY ? Optional.of(date) : Optional.empty();
    }

    private ResolutionContext context(TimexRule rule, LocalDateTime reference, EventDate anchor, boolean future,
                                      boolean past) {
        return new ResolutionContext(reference, anchor, future, past, dayFirst, rule.type(), lexicons);
    }

    /** Keeps the longest of overlapping candidates (the earlier rule on a tie), in text order. */
    private static List<Candidate> selectLongest(List<Candidate> candidates) {
        List<Candidate> byPreference = new ArrayList<>(candidates);
        byPreference.sort(Comparator.comparingInt((Candidate c) -> c.start() - c.end())
                .thenComparingInt(Candidate::ruleIndex)
                .thenComparingInt(Candidate::start));
        BitSet covered = new BitSet();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : byPreference) {
            if (covered.get(candidate.start(), candidate.end()).isEmpty()) {
                covered.set(candidate.start(), candidate.end());
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }

    private record Candidate(int start, int end, int ruleIndex, Groups groups, boolean futureWording,
                             boolean pastTense, Resolution unanchored) {

        TimeMention toMention(String text, LocalDateTime reference, Resolution resolution) {
            boolean afterReference = reference != null && resolution.date() != null
                    && resolution.date().date().isAfter(reference.toLocalDate());
            boolean future = switch (resolution.direction()) {
                case PAST -> false;
                case FUTURE -> true;
                case BY_DATE -> afterReference;
                case BY_WORDING -> futureWording || afterReference;
            };
            // a year that plans look ahead to ("an offensive planned for 1990") is not the narrative's time
            boolean prospectiveYear = futureWording && resolution.date() != null
                    && resolution.date().precision() == DatePrecision.YEAR;
            boolean anchors = resolution.date() != null && resolution.type() != TimexType.DURATION
                    && resolution.type() != TimexType.SET && !groups.has(TimexRule.ASIDE_GROUP) && !prospectiveYear;
            // a date or time with unknown parts ("XXXX-09-05") that no rule explained lacked what to count from
            boolean unplaced = resolution.date() == null && resolution.value().contains("X")
                    && (resolution.type() == TimexType.DATE || resolution.type() == TimexType.TIME);
            String reason = !unplaced ? null
                    : resolution.unresolvedReason() != null ? resolution.unresolvedReason() : TimeMention.NO_REFERENCE;
            return new TimeMention(start, end, text.substring(start, end), resolution.type(), resolution.value(),
                    resolution.date(), future, anchors, reason);
        }
    }
}
